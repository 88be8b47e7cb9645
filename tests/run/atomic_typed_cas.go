// The typed atomics' CompareAndSwap (natives sharing the functions' implementation)
// under contention: every value type, success and failure, and a CAS-loop counter
// updated by many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 atomic.Int32
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var up atomic.Uintptr
	var b atomic.Bool
	fmt.Println(i32.CompareAndSwap(0, -5), i32.CompareAndSwap(0, 7), i32.Load())
	fmt.Println(i64.CompareAndSwap(0, -1<<40), i64.CompareAndSwap(1, 2), i64.Load())
	fmt.Println(u32.CompareAndSwap(0, 1<<31), u32.CompareAndSwap(1<<31, 1<<32-1), u32.Load())
	fmt.Println(u64.CompareAndSwap(0, 1<<63), u64.CompareAndSwap(5, 6), u64.Load())
	fmt.Println(up.CompareAndSwap(0, 42), up.CompareAndSwap(42, 43), up.Load())
	fmt.Println(b.CompareAndSwap(false, true), b.CompareAndSwap(false, true), b.Load())

	var wg sync.WaitGroup
	var counter atomic.Int64
	var small atomic.Int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 2000; k++ {
				for {
					old := counter.Load()
					if counter.CompareAndSwap(old, old+3) {
						break
					}
				}
				for {
					old := small.Load()
					if small.CompareAndSwap(old, old-1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter.Load(), small.Load())
}

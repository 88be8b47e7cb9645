package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u uint32
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
				atomic.AddUint32(&u, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u))
	var flag int32
	c1 := atomic.CompareAndSwapInt32(&flag, 0, 1)
	c2 := atomic.CompareAndSwapInt32(&flag, 0, 2)
	fmt.Println(c1, c2, flag)
	old := atomic.SwapInt32(&flag, 9)
	fmt.Println(old, flag)
	atomic.StoreInt64(&n, -5)
	fmt.Println(n)
	var ai atomic.Int32
	ai.Store(10)
	ai.Add(5)
	fmt.Println(ai.Load(), ai.Swap(1), ai.CompareAndSwap(1, 2), ai.Load())
	var ab atomic.Bool
	fmt.Println(ab.Load())
	ab.Store(true)
	fmt.Println(ab.Load(), ab.CompareAndSwap(true, false), ab.Load())
	var av atomic.Value
	fmt.Println(av.Load())
	av.Store("hello")
	fmt.Println(av.Load().(string))
	var ap atomic.Pointer[string]
	s := "ptr"
	fmt.Println(ap.Load() == nil)
	ap.Store(&s)
	fmt.Println(*ap.Load())
	var cnt atomic.Uint64
	var wg2 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 1000; j++ {
				cnt.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println(cnt.Load())
	var dec uint64 = 10
	atomic.AddUint64(&dec, ^uint64(0))
	fmt.Println(dec)
}

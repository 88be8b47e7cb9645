// `go` of natives: each runs in a goroutine of its own (it used to run in the caller,
// or abort): time.Sleep and WaitGroup.Wait block only their goroutine, runtime.Goexit
// ends only its goroutine, runtime.Gosched and runtime.GC return, and os.Exit ends the
// program with its status from another goroutine.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"
)

func main() {
	go time.Sleep(time.Second)
	var wg sync.WaitGroup
	wg.Add(1)
	go wg.Wait()
	go runtime.Goexit()
	go runtime.Gosched()
	go runtime.GC()
	var mu sync.Mutex
	mu.Lock()
	go mu.Lock()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	wg.Done()
	mu.Unlock()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	f := os.Exit
	go f(3)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

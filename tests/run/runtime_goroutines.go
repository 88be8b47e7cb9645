package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start goroutines:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	block := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			started <- struct{}{}
			<-block
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	fmt.Println("running:", runtime.NumGoroutine())
	close(block)
	wg.Wait()
	runtime.Gosched()
	n := runtime.NumGoroutine()
	for n > 1 {
		runtime.Gosched()
		n = runtime.NumGoroutine()
	}
	fmt.Println("after:", n)
	prev := runtime.GOMAXPROCS(2)
	fmt.Println(prev >= 1, runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumCPU() >= 1)
	// Gosched lets others run on a single P
	runtime.GOMAXPROCS(1)
	var out []string
	var mu sync.Mutex
	var wg2 sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				out = append(out, fmt.Sprint(id))
				mu.Unlock()
				runtime.Gosched()
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println(len(out))
	fmt.Println(runtime.GOOS != "", runtime.Version() != "")
}

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tick := time.NewTicker(time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-done:
					mu.Lock()
					stopped++
					mu.Unlock()
					return
				case <-tick.C:
				}
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	close(done)
	wg.Wait()
	fmt.Println("stopped", stopped)
	// receive from closed channel in select is always ready, repeatedly
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case _, ok := <-done:
			if !ok {
				n++
			}
		}
	}
	fmt.Println(n)
	// len/cap of closed buffered channel with remaining items
	c := make(chan int, 4)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(len(c), cap(c))
	<-c
	fmt.Println(len(c))
	<-c
	v, ok := <-c
	fmt.Println(len(c), v, ok)
}

package main

import (
	"fmt"
	"time"
)

func producer(out chan<- int, done <-chan struct{}) {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case out <- i:
		case <-done:
			return
		}
	}
}

func main() {
	out := make(chan int)
	done := make(chan struct{})
	go producer(out, done)
	sum := 0
	for v := range out {
		sum += v
		if v == 99 {
			close(done)
			break
		}
	}
	fmt.Println("sum", sum)
	// drain remaining
	for range out {
	}
	fmt.Println("producer finished")
	// heartbeat loop: after 3 beats a worker is started; its result ends the loop
	beats := 0
	hb := time.NewTicker(10 * time.Millisecond)
	defer hb.Stop()
	deadline := time.After(5 * time.Second)
	work := make(chan int)
loop:
	for {
		select {
		case <-hb.C:
			beats++
			if beats == 3 {
				go func() {
					time.Sleep(20 * time.Millisecond)
					work <- 42
				}()
			}
		case v := <-work:
			fmt.Println("work result", v)
			break loop
		case <-deadline:
			fmt.Println("deadline")
			break loop
		}
	}
	fmt.Println("beats >= 3:", beats >= 3)
}

// pipeline: a three-stage channel pipeline (generate -> square -> sum) with a
// fan-out of the middle stage over 4 goroutines and a fan-in merge. Every stage
// stops early when the done channel closes.
package main

import (
	"fmt"
	"sync"
)

func generate(done <-chan struct{}, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, ins ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(len(ins))
	for _, in := range ins {
		go func(in <-chan int) {
			defer wg.Done()
			for v := range in {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	done := make(chan struct{})
	src := generate(done, 1000)
	workers := make([]<-chan int, 4)
	for i := range workers {
		workers[i] = square(done, src)
	}
	sum, count := 0, 0
	for v := range merge(done, workers...) {
		sum += v
		count++
	}
	close(done)
	fmt.Println("squares:", count, "sum:", sum)

	// Early stop: take the first 10 values, then cancel the rest of the pipeline.
	done2 := make(chan struct{})
	first := 0
	for v := range square(done2, generate(done2, 1_000_000)) {
		first += v
		if v == 100 {
			break
		}
	}
	close(done2)
	fmt.Println("first ten squares sum:", first)
}

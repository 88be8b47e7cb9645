package main

import (
	"fmt"
	"iter"
	"sync"
)

// An iterator that calls yield from another goroutine, one call at a time.
func FromWorker(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				if !yield(i) {
					return
				}
			}
		}()
		wg.Wait()
	}
}

func sumWithDefer() (s int) {
	for v := range FromWorker(5) {
		s += v
	}
	return
}

func earlyBreak() int {
	last := -1
	for v := range FromWorker(100) {
		last = v
		if v == 7 {
			break
		}
	}
	return last
}

func main() {
	fmt.Println(sumWithDefer())
	fmt.Println(earlyBreak())
	total := 0
	for v := range FromWorker(4) {
		for w := range FromWorker(3) {
			total += v * w
		}
	}
	fmt.Println(total)
}

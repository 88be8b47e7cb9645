package main

import (
	"fmt"
	"iter"
	"sync"
)

// FromChan adapts a channel into an iter.Seq.
func FromChan[T any](c <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range c {
			if !yield(v) {
				return
			}
		}
	}
}

// ToChan runs a sequence in a goroutine, with a done channel to stop it early.
func ToChan[T any](s iter.Seq[T], done <-chan struct{}) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for v := range s {
			select {
			case c <- v:
			case <-done:
				return
			}
		}
	}()
	return c
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// ParallelSum consumes one sequence from several goroutines via Pull guarded by a mutex.
func ParallelSum(s iter.Seq[int], workers int) int {
	next, stop := iter.Pull(s)
	defer stop()
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				v, ok := next()
				mu.Unlock()
				if !ok {
					return
				}
				mu.Lock()
				total += v
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return total
}

func Upto(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	done := make(chan struct{})
	c := ToChan(Naturals(), done)
	sum := 0
	for v := range FromChan(c) {
		sum += v
		if v == 100 {
			break
		}
	}
	close(done)
	for range c {
	}
	fmt.Println(sum)
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	for s := range FromChan(ch) {
		fmt.Println(s)
	}
	fmt.Println(ParallelSum(Upto(1000), 4))
	results := make(chan int)
	var wg sync.WaitGroup
	for g := range Upto(5) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for v := range Upto(g * 10) {
				s += v
			}
			results <- s
		}()
	}
	go func() { wg.Wait(); close(results) }()
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println(total)
}

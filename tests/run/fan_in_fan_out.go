package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("p%d-%d", id, i)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var all []string
	for v := range merge(producer(1, 3), producer(2, 2), producer(3, 4)) {
		all = append(all, v)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
	// fan-out: several workers read one channel
	in := make(chan int)
	go func() {
		for i := 1; i <= 100; i++ {
			in <- i
		}
		close(in)
	}()
	partial := make(chan int)
	for w := 0; w < 5; w++ {
		go func() {
			s := 0
			for v := range in {
				s += v
			}
			partial <- s
		}()
	}
	total := 0
	for w := 0; w < 5; w++ {
		total += <-partial
	}
	fmt.Println("total", total)
}

package main

import "sync"

func main() {
	const N = 10000
	var wg sync.WaitGroup
	results := make([]int, N)
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i % 7
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	println("sum", sum)
	// channel fan-in of many goroutines
	c := make(chan int, 100)
	for i := 0; i < 1000; i++ {
		go func(v int) { c <- v }(i)
	}
	total := 0
	for i := 0; i < 1000; i++ {
		total += <-c
	}
	println("total", total)
}

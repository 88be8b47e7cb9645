package main

import (
	"runtime"
	"sync"
)

func main() {
	const N = 2000000
	data := make([]int64, N)
	for i := range data {
		data[i] = int64(i % 1000)
	}
	parts := 8
	sums := make([]int64, parts)
	var wg sync.WaitGroup
	chunk := N / parts
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			var s int64
			for _, v := range data[p*chunk : (p+1)*chunk] {
				s += v
			}
			sums[p] = s
		}(p)
	}
	wg.Wait()
	var total int64
	for _, s := range sums {
		total += s
	}
	println(total, runtime.NumCPU() > 0)
}

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	// nested waitgroups
	var outer sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 4; i++ {
		outer.Add(1)
		go func(id int) {
			defer outer.Done()
			var inner sync.WaitGroup
			for j := 0; j < 5; j++ {
				inner.Add(1)
				go func() {
					defer inner.Done()
					mu.Lock()
					total += id*10 + j
					mu.Unlock()
				}()
			}
			inner.Wait()
		}(i)
	}
	outer.Wait()
	fmt.Println("total", total)
	// Wait with zero counter returns immediately
	var z sync.WaitGroup
	z.Wait()
	fmt.Println("done")
}

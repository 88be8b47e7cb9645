package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct{ ID, N int }
type Result struct {
	ID     int
	Square int
	Worker int
}

func main() {
	jobs := make(chan Job, 100)
	results := make(chan Result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- Result{j.ID, j.N * j.N, id}
			}
		}(w)
	}
	for i := 0; i < 20; i++ {
		jobs <- Job{i, i + 1}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	sum := 0
	for _, r := range all {
		fmt.Print(r.Square, " ")
		sum += r.Square
	}
	fmt.Println()
	fmt.Println("count", len(all), "sum", sum, "workers used >= 1:", len(workers) >= 1)
}

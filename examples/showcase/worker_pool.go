// worker_pool: a fixed pool of workers hashing jobs from a queue, results
// collected over a channel and reported in job order; one job fails and the
// error is reported with its job.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id   int
	data string
}

type result struct {
	id   int
	hash uint32
	err  error
}

// fnv32a hashes s with the FNV-1a algorithm.
func fnv32a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		if j.data == "" {
			results <- result{id: j.id, err: errors.New("empty input")}
			continue
		}
		h := uint32(0)
		for round := 0; round < 1000; round++ {
			h = fnv32a(fmt.Sprint(h, j.data))
		}
		results <- result{id: j.id, hash: h}
	}
}

func main() {
	inputs := []string{"alpha", "beta", "gamma", "", "delta", "epsilon", "zeta", "eta"}
	jobs := make(chan job)
	results := make(chan result, len(inputs))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i, s := range inputs {
			jobs <- job{id: i, data: s}
		}
		close(jobs)
	}()
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	for _, r := range all {
		if r.err != nil {
			fmt.Printf("job %d (%q): error: %v\n", r.id, inputs[r.id], r.err)
			continue
		}
		fmt.Printf("job %d (%q): %08x\n", r.id, inputs[r.id], r.hash)
	}
}

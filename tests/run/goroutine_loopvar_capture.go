package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	seen := []int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)
	words := []string{"a", "b", "c"}
	out := make(chan string, 3)
	for _, w := range words {
		go func() { out <- w + w }()
	}
	got := []string{<-out, <-out, <-out}
	sort.Strings(got)
	fmt.Println(got)
	results := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 100
		}()
	}
	wg.Wait()
	fmt.Println(results)
}

package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type result struct {
	in  string
	out int
	err error
}

func parseAll(inputs []string, workers int) []result {
	jobs := make(chan string)
	res := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				n, err := strconv.Atoi(in)
				if err == nil && n < 0 {
					err = fmt.Errorf("negative value %d: %w", n, errNegative)
				}
				res <- result{in, n * n, err}
			}
		}()
	}
	go func() {
		for _, in := range inputs {
			jobs <- in
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(res)
	}()
	var all []result
	for r := range res {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].in < all[j].in })
	return all
}

var errNegative = errors.New("negative")

func main() {
	inputs := []string{"3", "x", "10", "-4", "7", "", "12", "abc", "0"}
	rs := parseAll(inputs, 3)
	var errs []error
	sum := 0
	for _, r := range rs {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		sum += r.out
	}
	fmt.Println("sum of squares:", sum)
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println("has negative:", errors.Is(joined, errNegative))
	var ne *strconv.NumError
	fmt.Println("has NumError:", errors.As(joined, &ne), ne.Func)
}

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Pairs(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := range n {
			if !yield(i, fmt.Sprint("v", i)) {
				return
			}
		}
	}
}

func main() {
	// Each iteration has fresh variables: closures capture distinct copies.
	var fs []func() string
	for i, s := range Pairs(3) {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Modifying the iteration variable does not affect the iterator.
	for i := range slices.Values([]int{1, 2, 3}) {
		i *= 10
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Pointers to iteration variables are distinct.
	var ptrs []*int
	for i := range slices.Values([]int{7, 8, 9}) {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Assigning to existing variables with = instead of :=.
	var k string
	var v int
	for k, v = range maps.All(map[string]int{"only": 1}) {
	}
	fmt.Println(k, v)
	var last int
	for last = range slices.Values([]int{4, 5, 6}) {
		if last == 5 {
			break
		}
	}
	fmt.Println(last)

	// Goroutines started in the body see their own iteration's values.
	done := make(chan string, 3)
	for i, s := range Pairs(3) {
		go func() { done <- fmt.Sprint(i, s) }()
	}
	got := []string{<-done, <-done, <-done}
	slices.Sort(got)
	fmt.Println(got)

	// Blank and key-only forms.
	n := 0
	for range Pairs(4) {
		n++
	}
	for _, s := range Pairs(2) {
		fmt.Print(s)
	}
	for i := range Pairs(2) {
		fmt.Print(i)
	}
	fmt.Println(n)
}

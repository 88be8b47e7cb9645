package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// SortedByKey yields a map's entries in key order.
func SortedByKey[M ~map[K]V, K cmp.Ordered, V any](m M) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// SortedByValue yields entries by descending value, then key.
func SortedByValue[K cmp.Ordered, V cmp.Ordered](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		keys := slices.Collect(maps.Keys(m))
		slices.SortFunc(keys, func(a, b K) int {
			return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b))
		})
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func Keys[K, V any](s iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range s {
			if !yield(k) {
				return
			}
		}
	}
}

func wordFreq(text string) map[string]int {
	m := map[string]int{}
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && (text[i] >= 'a' && text[i] <= 'z') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			m[text[start:i]]++
			start = -1
		}
	}
	return m
}

func main() {
	f := wordFreq("the cat and the hat and the bat sat")
	for k, v := range SortedByKey(f) {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	rank := 0
	for k, v := range SortedByValue(f) {
		rank++
		fmt.Println(rank, k, v)
		if rank == 3 {
			break
		}
	}
	fmt.Println(slices.Collect(Keys(SortedByValue(f))))
	ages := map[string]float64{"x": 1.5, "y": -2}
	for k, v := range SortedByKey(ages) {
		fmt.Println(k, v)
	}
	inverted := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range SortedByKey(f) {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inverted)
}

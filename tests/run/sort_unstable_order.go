// The order sort.Sort and sort.Slice leave equal elements in, and how many Less and
// Swap calls they make, on inputs that exercise every path of pdqsort (insertion sort,
// ninther, pattern breaking, the equal-pivot partition, reversed and nearly sorted
// input, heapsort fallback), plus sort.Stable and SliceStable.
package main

import (
	"fmt"
	"sort"
)

type rec struct{ key, id int }

type byKey struct {
	a          []rec
	less, swap int
}

func (x *byKey) Len() int           { return len(x.a) }
func (x *byKey) Less(i, j int) bool { x.less++; return x.a[i].key < x.a[j].key }
func (x *byKey) Swap(i, j int)      { x.swap++; x.a[i], x.a[j] = x.a[j], x.a[i] }

func ids(a []rec) []int {
	out := make([]int, len(a))
	for i, r := range a {
		out[i] = r.id
	}
	return out
}

func main() {
	seed := uint32(7)
	rnd := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	gens := map[string]func(n int) []rec{
		"ties": func(n int) []rec {
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{rnd(n/4 + 1), i}
			}
			return a
		},
		"reversed": func(n int) []rec {
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{(n - i) / 3, i}
			}
			return a
		},
		"nearly": func(n int) []rec {
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{i / 2, i}
			}
			for k := 0; k < 3; k++ {
				i, j := rnd(n), rnd(n)
				a[i], a[j] = a[j], a[i]
			}
			return a
		},
		"sawtooth": func(n int) []rec {
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{i % 7, i}
			}
			return a
		},
		"organ": func(n int) []rec {
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{min(i, n-i) / 2, i}
			}
			return a
		},
	}
	for _, name := range []string{"ties", "reversed", "nearly", "sawtooth", "organ"} {
		for _, n := range []int{5, 12, 13, 40, 49, 50, 51, 120, 300, 1000} {
			a := gens[name](n)
			x := &byKey{a: append([]rec(nil), a...)}
			sort.Sort(x)
			fmt.Println(name, n, "Sort", x.less, x.swap, ids(x.a))
			y := append([]rec(nil), a...)
			sort.Slice(y, func(i, j int) bool { return y[i].key < y[j].key })
			fmt.Println(name, n, "Slice", ids(y))
			z := &byKey{a: append([]rec(nil), a...)}
			sort.Stable(z)
			fmt.Println(name, n, "Stable", z.less, z.swap, ids(z.a))
			w := append([]rec(nil), a...)
			sort.SliceStable(w, func(i, j int) bool { return w[i].key < w[j].key })
			fmt.Println(name, n, "SliceStable", sort.SliceIsSorted(w, func(i, j int) bool { return w[i].key < w[j].key }))
		}
	}
}

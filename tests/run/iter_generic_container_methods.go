package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set[T cmp.Ordered] struct{ m map[T]struct{} }

func NewSet[T cmp.Ordered](seq iter.Seq[T]) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for v := range seq {
		s.m[v] = struct{}{}
	}
	return s
}

// All yields the elements in ascending order.
func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range slices.Sorted(maps.Keys(s.m)) {
			if !yield(v) {
				return
			}
		}
	}
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	return NewSet(func(yield func(T) bool) {
		for v := range s.All() {
			if !yield(v) {
				return
			}
		}
		for v := range o.All() {
			if !yield(v) {
				return
			}
		}
	})
}

type Matrix[T cmp.Ordered] [][]T

// Cells yields (row, col) pairs and values; Rows yields each row as a sequence.
func (m Matrix[T]) Cells() iter.Seq2[[2]int, T] {
	return func(yield func([2]int, T) bool) {
		for r, row := range m {
			for c, v := range row {
				if !yield([2]int{r, c}, v) {
					return
				}
			}
		}
	}
}

func (m Matrix[T]) Rows() iter.Seq[iter.Seq[T]] {
	return func(yield func(iter.Seq[T]) bool) {
		for _, row := range m {
			if !yield(slices.Values(row)) {
				return
			}
		}
	}
}

func main() {
	a := NewSet(slices.Values([]int{5, 1, 3, 1}))
	b := NewSet(slices.Values([]int{2, 3, 8}))
	fmt.Println(slices.Collect(a.All()), slices.Collect(a.Union(b).All()))
	for v := range a.Union(b).All() {
		if v > 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	m := Matrix[string]{{"a", "b"}, {"c"}, {}, {"d", "e", "f"}}
	for pos, v := range m.Cells() {
		if v == "e" {
			fmt.Println("found e at", pos)
			break
		}
	}
	for row := range m.Rows() {
		fmt.Print(slices.Collect(row), len(slices.Collect(row)), ";")
	}
	fmt.Println()
	best := ""
	for row := range m.Rows() {
		for v := range row {
			best = max(best, v)
		}
	}
	fmt.Println(best)
	f := m.Cells
	n := 0
	for range f() {
		n++
	}
	fmt.Println(n)
}

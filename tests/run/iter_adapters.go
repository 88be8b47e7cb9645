package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; yield(i); i++ {
		}
	}
}

func Swap[K, V any](s iter.Seq2[K, V]) iter.Seq2[V, K] {
	return func(yield func(V, K) bool) {
		for k, v := range s {
			if !yield(v, k) {
				return
			}
		}
	}
}

func main() {
	evSq := Map(Filter(Naturals(), func(i int) bool { return i%2 == 0 }), func(i int) int { return i * i })
	fmt.Println(slices.Collect(Take(evSq, 6)))
	words := slices.Values(strings.Fields("go is fun and fast"))
	up := Map(words, strings.ToUpper)
	for i, w := range Enumerate(up) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	all := Chain(slices.Values([]int{1, 2}), Take(Naturals(), 3), slices.Values([]int{}))
	fmt.Println(slices.Collect(all))
	for a, b := range Zip(words, Naturals()) {
		fmt.Print(a, "=", b, " ")
	}
	fmt.Println()
	total := Reduce(Take(Naturals(), 101), 0, func(a, b int) int { return a + b })
	fmt.Println(total)
	m := maps.Collect(Swap(Enumerate(slices.Values([]string{"x", "y", "z"}))))
	fmt.Println(m)
	fmt.Println(slices.Collect(Take(Naturals(), 0)) == nil)
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(slices.Max(slices.Collect(lens)), Reduce(lens, "", func(a string, n int) string { return a + fmt.Sprint(n) }))
}

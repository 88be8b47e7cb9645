package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Enumerate[V any](seq iter.Seq[V]) iter.Seq2[int, V] {
	return func(yield func(int, V) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func Concat[V any](seqs ...iter.Seq[V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			line, rest, _ := strings.Cut(s, "\n")
			if !yield(line) {
				return
			}
			s = rest
		}
	}
}

func Reduce[V, A any](seq iter.Seq[V], acc A, f func(A, V) A) A {
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	for i, f := range Enumerate(Fib()) {
		if i >= 10 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	for a, b := range Zip(slices.Values([]string{"x", "y", "z"}), Fib()) {
		fmt.Println(a, b)
	}
	all := slices.Collect(Concat(slices.Values([]int{1, 2}), slices.Values([]int{}), slices.Values([]int{3})))
	fmt.Println(all)
	text := "alpha\nbeta\ngamma"
	fmt.Println(Reduce(Lines(text), 0, func(n int, s string) int { return n + len(s) }))
	counts := map[string]int{}
	for line := range Lines("a\nb\na\nc\na") {
		counts[line]++
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Println(k, counts[k])
	}
	next, stop := iter.Pull2(Enumerate(slices.Values([]string{"p", "q"})))
	defer stop()
	for {
		i, v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pull2", i, v)
	}
}

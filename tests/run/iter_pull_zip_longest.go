package main

import (
	"fmt"
	"iter"
	"slices"
)

type Pair[A, B any] struct {
	A    A
	B    B
	HasA bool
	HasB bool
}

// ZipLongest pairs two sequences until both end.
func ZipLongest[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			va, oka := na()
			vb, okb := nb()
			if !oka && !okb {
				return
			}
			if !yield(Pair[A, B]{va, vb, oka, okb}) {
				return
			}
		}
	}
}

// Windows yields sliding windows of size n using a pull iterator.
func Windows[T any](s iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		next, stop := iter.Pull(s)
		defer stop()
		var win []T
		for {
			v, ok := next()
			if !ok {
				return
			}
			win = append(win, v)
			if len(win) > n {
				win = win[1:]
			}
			if len(win) == n && !yield(slices.Clone(win)) {
				return
			}
		}
	}
}

func Count() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for p := range ZipLongest(slices.Values([]string{"a", "b", "c"}), slices.Values([]float64{1.5})) {
		fmt.Printf("%+v\n", p)
	}
	for w := range Windows(slices.Values([]int{1, 2, 3, 4, 5}), 3) {
		fmt.Print(w, " ")
	}
	fmt.Println()
	for w := range Windows(Count(), 2) {
		if w[0] >= 3 {
			break
		}
		fmt.Print(w)
	}
	fmt.Println()
	n := 0
	for p := range ZipLongest(Count(), slices.Values([]bool{true, false})) {
		if !p.HasB {
			break
		}
		n += p.A
	}
	fmt.Println(n)
}

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Equal reports whether two sequences are equal, stopping at the first difference.
func Equal[T comparable](a, b iter.Seq[T]) bool {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	for {
		va, oka := na()
		vb, okb := nb()
		if oka != okb || va != vb {
			return false
		}
		if !oka {
			return true
		}
	}
}

func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			if !yield(w) {
				fmt.Println("  (words stopped at", w+")")
				return
			}
		}
	}
}

// Interleave alternates between sequences until all are exhausted.
func Interleave[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		type puller struct {
			next func() (T, bool)
			stop func()
		}
		var ps []puller
		for _, s := range seqs {
			n, st := iter.Pull(s)
			ps = append(ps, puller{n, st})
		}
		defer func() {
			for _, p := range ps {
				p.stop()
			}
		}()
		for len(ps) > 0 {
			alive := ps[:0]
			for _, p := range ps {
				v, ok := p.next()
				if !ok {
					p.stop()
					continue
				}
				if !yield(v) {
					return
				}
				alive = append(alive, p)
			}
			ps = alive
		}
	}
}

// Pairwise over Pull2.
func Pairwise(s iter.Seq2[int, string]) []string {
	next, stop := iter.Pull2(s)
	defer stop()
	var out []string
	pi, pv, ok := next()
	for ok {
		i, v, ok2 := next()
		if !ok2 {
			break
		}
		out = append(out, fmt.Sprint(pi, pv, "-", i, v))
		pi, pv, ok = i, v, ok2
	}
	return out
}

func main() {
	fmt.Println(Equal(Words("a b c"), Words("a b c")))
	fmt.Println(Equal(Words("a b c d e"), Words("a x c")))
	fmt.Println(Equal(Words("a b"), Words("a b c")))
	fmt.Println(slices.Collect(Interleave(slices.Values([]int{1, 2, 3}), slices.Values([]int{10}), slices.Values([]int{100, 200}))))
	for v := range Interleave(Words("p q r"), Words("x y z")) {
		if v == "y" {
			break
		}
		fmt.Println(v)
	}
	fmt.Println(Pairwise(slices.All([]string{"a", "b", "c", "d"})))
	fmt.Println(Pairwise(slices.All([]string{"solo"})))
}

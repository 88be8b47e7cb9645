package main

import (
	"fmt"
	"iter"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count cleanup", n)
		for i := range n {
			if !yield(i) {
				fmt.Println("count stopped at", i)
				return
			}
		}
	}
}

func Pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for i, s := range []string{"a", "b", "c"} {
			if !yield(s, i*10) {
				return
			}
		}
	}
}

// MergeSorted merges two sorted sequences with Pull.
func MergeSorted(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka || okb {
			if !okb || oka && va <= vb {
				if !yield(va) {
					return
				}
				va, oka = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okb = nb()
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
	v, ok := next()
	fmt.Println("after end", v, ok)
	stop()
	stop()

	// early stop runs the iterator's cleanup
	next, stop = iter.Pull(Count(100))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println(next())

	// stop before the first next never starts the iterator
	_, stop = iter.Pull(Count(5))
	stop()
	fmt.Println("stopped unstarted")

	n2, s2 := iter.Pull2(Pairs())
	for {
		k, v, ok := n2()
		if !ok {
			break
		}
		fmt.Println(k, v)
	}
	k, v2, ok := n2()
	fmt.Printf("%q %d %v\n", k, v2, ok)
	s2()

	fmt.Println(slices.Collect(MergeSorted(slices.Values([]int{1, 4, 9, 10}), slices.Values([]int{2, 3, 11}))))
	for x := range MergeSorted(slices.Values([]int{5, 6}), slices.Values([]int{1, 7})) {
		if x > 5 {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
}

package main

import (
	"cmp"
	"fmt"
	"strings"
)

func QuickSort[T cmp.Ordered](xs []T) {
	if len(xs) < 2 {
		return
	}
	p := xs[len(xs)/2]
	i, j := 0, len(xs)-1
	for i <= j {
		for xs[i] < p {
			i++
		}
		for xs[j] > p {
			j--
		}
		if i <= j {
			xs[i], xs[j] = xs[j], xs[i]
			i++
			j--
		}
	}
	QuickSort(xs[:j+1])
	QuickSort(xs[i:])
}

func MergeSortFunc[T any](xs []T, less func(a, b T) bool) []T {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	l := MergeSortFunc(xs[:mid], less)
	r := MergeSortFunc(xs[mid:], less)
	out := make([]T, 0, len(xs))
	for len(l) > 0 && len(r) > 0 {
		if less(r[0], l[0]) {
			out = append(out, r[0])
			r = r[1:]
		} else {
			out = append(out, l[0])
			l = l[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func InsertionSort[S ~[]E, E cmp.Ordered](s S) S {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

func CountingSort[T ~uint8](xs []T) []T {
	var counts [256]int
	for _, x := range xs {
		counts[x]++
	}
	out := xs[:0]
	for v, c := range counts {
		for range c {
			out = append(out, T(v))
		}
	}
	return out
}

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]bool, len(xs))
	out := xs[:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type Grade uint8
type Word string

type student struct {
	name  string
	score int
}

func main() {
	ints := []int{9, -3, 5, 0, 5, 12, -7, 1}
	QuickSort(ints)
	fmt.Println(ints)
	strs := strings.Fields("kiwi apple fig banana cherry apple")
	QuickSort(strs)
	fmt.Println(strs, Dedup(strs))
	fl := []float64{2.5, -1, 3.25, 0}
	QuickSort(fl)
	fmt.Println(fl)
	st := []student{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}}
	sorted := MergeSortFunc(st, func(x, y student) bool { return x.score > y.score })
	fmt.Println(sorted)
	ws := InsertionSort([]Word{"delta", "alpha", "charlie", "bravo"})
	fmt.Printf("%T %v\n", ws, ws)
	gs := CountingSort([]Grade{5, 3, 200, 3, 0, 255})
	fmt.Println(gs)
	big := make([]int, 500)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	QuickSort(big)
	ok := true
	for i := 1; i < len(big); i++ {
		ok = ok && big[i-1] <= big[i]
	}
	fmt.Println(ok, big[0], big[499], len(Dedup(big)))
}

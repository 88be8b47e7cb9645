package main

import (
	"fmt"
	"iter"
	"runtime"
	"strings"
)

func Find[V comparable](seq iter.Seq[V], target V) (index int, found bool) {
	defer func() {
		if found {
			index *= 10
		}
	}()
	i := 0
	for v := range seq {
		if v == target {
			return i, true
		}
		i++
	}
	return -1, false
}

func Each[V any](xs []V) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

type Matrix[T any] [][]T

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

func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	out := map[K]V{}
	for k, v := range seq {
		out[k] = v
	}
	return out
}

func countGoexit() {
	defer fmt.Println("goroutine's deferred call runs")
	for x := range Each([]int{1, 2, 3}) {
		defer fmt.Println("body defer", x)
		if x == 2 {
			runtime.Goexit()
		}
	}
	fmt.Println("not reached")
}

func main() {
	fmt.Println(Find(Each([]string{"a", "b", "c"}), "c"))
	fmt.Println(Find(Each([]int{1, 2}), 5))
	m := Matrix[string]{{"a", "b"}, {"c"}}
	for pos, v := range m.Cells() {
		fmt.Println(pos, v)
	}
	cells := Collect(m.Cells())
	fmt.Println(len(cells), cells[[2]int{1, 0}])
	var sb strings.Builder
	for i, w := range (Matrix[int]{{1, 2, 3}, {4, 5, 6}}).Cells() {
		if i[1] == 1 {
			continue
		}
		if i[0] == 1 && i[1] == 2 {
			break
		}
		fmt.Fprintf(&sb, "%d;", w)
	}
	fmt.Println(sb.String())
	done := make(chan bool)
	go func() {
		defer close(done)
		countGoexit()
	}()
	<-done
	fmt.Println("end")
}

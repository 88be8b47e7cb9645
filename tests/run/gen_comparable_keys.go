package main

import (
	"fmt"
	"slices"
	"strings"
)

type Key[A, B comparable] struct {
	A A
	B B
}

func Index[T any, K comparable](xs []T, key func(T) K) map[K][]int {
	m := map[K][]int{}
	for i, x := range xs {
		k := key(x)
		m[k] = append(m[k], i)
	}
	return m
}

func CountDistinct[T comparable](xs ...T) int {
	seen := map[T]struct{}{}
	for _, x := range xs {
		seen[x] = struct{}{}
	}
	return len(seen)
}

func Equal[T comparable](a, b T) bool { return a == b }

type shape interface{ area() int }
type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func main() {
	words := strings.Fields("Go go GO rust Rust zig")
	idx := Index(words, func(s string) Key[string, int] { return Key[string, int]{strings.ToLower(s), len(s)} })
	keys := make([]string, 0, len(idx))
	for k, v := range idx {
		keys = append(keys, fmt.Sprint(k.A, k.B, v))
	}
	slices.Sort(keys)
	fmt.Println(keys)
	fmt.Println(CountDistinct(1, 2, 1, 3), CountDistinct("a", "a"), CountDistinct[any](1, "1", 1.0, int8(1), 1))
	fmt.Println(CountDistinct([2]int{1, 2}, [2]int{1, 2}, [2]int{2, 1}))
	fmt.Println(CountDistinct[shape](sq{1}, sq{1}, sq{2}))
	var p1, p2 *int
	x := 1
	p3 := &x
	fmt.Println(CountDistinct(p1, p2, p3, &x))
	fmt.Println(Equal[any](1, 1), Equal[any](1, int64(1)), Equal(Key[int, string]{1, "a"}, Key[int, string]{1, "a"}))
	fmt.Println(Equal[error](nil, nil), Equal(struct{ a [2]string }{}, struct{ a [2]string }{}))
	ch := make(chan int)
	fmt.Println(Equal(ch, ch), Equal(ch, make(chan int)))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Equal[any]([]int{1}, []int{1}))
}

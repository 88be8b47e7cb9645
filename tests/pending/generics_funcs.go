package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

type MyInt int

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]MyInt{4, 5}))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(Filter([]string{"a", "bb", "ccc"}, func(s string) bool { return len(s) > 1 }))
	fmt.Println(Reduce([]int{1, 2, 3, 4}, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]int{1}, 5))
	fmt.Println(Keys(map[string]bool{"a": true}))
	fmt.Println(Max(3, 7), Max("abc", "abd"), Max[float64](2, 1.5))
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int](), Zero[[]int]() == nil)
	fmt.Printf("%T\n", Sum[MyInt])
}

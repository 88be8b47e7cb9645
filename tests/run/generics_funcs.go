// Generic functions: explicit, partial and inferred instantiation, untyped constants.
package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, acc A, f func(A, T) A) A {
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Convert[To, From Number](x From) To { return To(x) }

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

type MyInt int

func First[S ~[]E, E any](s S) E { return s[0] }

type IDs []MyInt

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](), Sum[MyInt](4, 5))
	fmt.Println(Sum(1, 2.5))
	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Printf("%q %T\n", strs, strs)
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens, Reduce(evens, "", func(a string, v int) string { return a + fmt.Sprint(v) }))
	fmt.Println(Convert[float64](7), Convert[int8, float64](3.9), Convert[MyInt](int16(300)))
	fmt.Println(Max(3, 7), Max(2.5, -1), Max("go", "rust"))
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}))
	fmt.Println(First(IDs{7, 8}), First([]string{"x"}))
	f := Map[string, int]
	fmt.Println(f([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) }))
	var g func(...float64) float64 = Sum[float64]
	fmt.Println(g(0.5, 0.25))
	fmt.Printf("%T\n", Sum[MyInt])
}

package main

import "fmt"

func Ident[T any](x T) T { return x }

func Add[T ~int | ~float64 | ~complex128](a, b T) T { return a + b }

func First[S ~[]E, E any](s S) E { return s[0] }

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func Convert[To, From ~int | ~float64](f From) To { return To(f) }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func PtrTo[T any](v T) *T { return &v }

func Fill[T any](dst []T, v T) {
	for i := range dst {
		dst[i] = v
	}
}

type MyInts []int
type Temp float64

func main() {
	// untyped constants take their default types
	fmt.Printf("%T %T %T %T %T\n", Ident(1), Ident(1.5), Ident('x'), Ident("s"), Ident(2i))
	// mixed untyped constants: the "largest" default kind wins
	fmt.Printf("%T %v\n", Add(1, 2.5), Add(1, 2.5))
	fmt.Printf("%T %v\n", Add(1, 2i), Add(1, 2i))
	// typed argument fixes T, untyped constant converts
	var t Temp = 20
	fmt.Printf("%T %v\n", Add(t, 1), Add(t, 1))
	fmt.Printf("%T %v\n", Add(1.5, t), Add(1.5, t))
	// core type inference through ~[]E
	fmt.Printf("%T %v\n", First(MyInts{9, 8}), First(MyInts{9, 8}))
	// function argument inference
	fmt.Println(Apply(3, func(i int) string { return fmt.Sprint(i * 2) }))
	// partial instantiation
	fmt.Printf("%T %v\n", Convert[int](3.99), Convert[int](3.99))
	fmt.Printf("%T %v\n", Convert[Temp](7), Convert[Temp, int](7))
	fmt.Println(Keys(map[string]bool{"a": true}))
	p := PtrTo(5)
	*p++
	fmt.Println(*p, *PtrTo("z"))
	b := make([]byte, 3)
	Fill(b, 'a')
	fmt.Println(string(b))
	// explicit instantiation producing a function value
	f := Add[float64]
	fmt.Printf("%T %v\n", f, f(1, 2))
	var g func(int) int = Ident[int]
	fmt.Println(g(11))
	// inference from assignment context (Go 1.21)
	var h func(string) string = Ident
	fmt.Println(h("ctx"))
	fmt.Println(Apply("abc", func(s string) int { return len(s) }))
}

package main

import "fmt"

type Number interface {
	~int | ~float64
}

type Shower interface {
	Show() string
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Show[T Shower](v T) string { return v.Show() }

type List[T any] struct{ items []T }

type plain struct{}

func Pair[K comparable, V any](k K, v V) {}

func main() {
	_ = Sum("a", "b") // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	f := Sum // ERROR "cannot use generic function Sum without instantiation"
	_ = Show(plain{}) // ERROR "in call to Show, T \(type plain\) does not satisfy Shower \(missing method Show\)"
	var l List // ERROR "cannot use generic type List\[T any\] without instantiation"
	_ = Pair[int, string, bool] // ERROR "got 3 type arguments but want 2"
	_ = Sum[string] // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	fmt.Println(f, l)
}

package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Pair[K comparable, V any](k K, v V) {}

func Same[T any](a, b T) {}

func Keys[M ~map[K]V, K comparable, V any](m M) {}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	Same(1, "a") // ERROR "in call to Same, mismatched types untyped int and untyped string \(cannot infer T\)"
	Same(int8(1), int16(2)) // ERROR "in call to Same, type int16 of int16\(2\) does not match inferred type int8 for T"
	Keys([]int{1}) // ERROR "in call to Keys, M \(type \[\]int\) does not satisfy ~map\[K\]V"
	Pair[[]int](nil, 1) // ERROR "\[\]int does not satisfy comparable"
	var b Box[int, string] // ERROR "too many type arguments for type Box: have 2, want 1"
	fmt.Println(b)
	x := Box{v: 1} // ERROR "cannot use generic type Box\[T any\] without instantiation"
	fmt.Println(x)
}

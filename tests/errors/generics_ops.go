package main

type Number interface {
	~int | ~float64
}

func Add[T any](a, b T) T {
	return a + b // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)"
}

func Eq[T any](a, b T) bool {
	return a == b // ERROR "invalid operation: a == b \(incomparable types in type set\)"
}

func Call[T any](x T) {
	x.Run() // ERROR "x\.Run undefined \(type T has no field or method Run\)"
}

func Loop[T ~int | ~uint8](n T) {
	for range n { // ERROR "cannot range over n \(variable of type T constrained by ~int \| ~uint8\): no core type"
	}
}

func Idx[T any](x T) {
	_ = x[0] // ERROR "invalid operation: cannot index x \(variable of type T constrained by any\)"
}

func Conv[T Number](s string) T {
	return T(s) // ERROR "cannot convert s \(variable of type string\) to type T: cannot convert string to type int \(in T\)"
}

func main() {
	var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	var c comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"
	_, _ = n, c
}

package main

import (
	"fmt"
	"strings"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) *List[T] { l.items = append(l.items, v); return l }
func (l *List[T]) Len() int         { return len(l.items) }

// Aliases of instantiated generic types.
type IntList = List[int]
type Matrix = [][]float64
type StrMap = map[string]List[string]

// A type parameter may shadow a predeclared identifier.
func Weird[int any, string fmt.Stringer](x int, s string) (int, string) { return x, s }

type name string

func (n name) String() string { return strings.ToUpper(string(n)) }

// Type parameter names are scoped to the declaration.
func First[T any](xs []T) T { return xs[0] }
func Second[T any](xs []T) T {
	type T2 = T
	var v T2 = xs[1]
	return v
}

func Nest[T any](v T) func() func() T {
	return func() func() T {
		return func() T { return v }
	}
}

func main() {
	var l IntList
	l.Push(1).Push(2)
	fmt.Printf("%T %d %v\n", l, l.Len(), l.items)
	var m Matrix = [][]float64{{1, 2}, {3}}
	fmt.Println(m, len(m[1]))
	sm := StrMap{}
	sl := sm["k"]
	sl.Push("v")
	sm["k"] = sl
	fmt.Printf("%T %v\n", sm, sm["k"].items)
	a, b := Weird(3.5, name("go"))
	fmt.Println(a, b)
	fmt.Println(First([]string{"x", "y"}), Second([]rune("ab")))
	fmt.Println(Nest(42)()())
	var p *IntList = &List[int]{}
	p.Push(9)
	fmt.Println(p.items)
}

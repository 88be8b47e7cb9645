package main

import "fmt"

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int) *Grid[T] { return &Grid[T]{w, h, make([]T, w*h)} }

func (g *Grid[T]) At(x, y int) T { return g.cells[y*g.w+x] }

func Div[T ~int | ~int64](a, b T) T { return a / b }

func main() {
	g := NewGrid[string](2, 2)
	fmt.Printf("%q\n", g.At(1, 1))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Div(7, 0))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		set := func(k string) { m[k] = 1 }
		set("x")
	}()
	fmt.Println(g.At(2, 1))
	fmt.Println("unreachable")
}

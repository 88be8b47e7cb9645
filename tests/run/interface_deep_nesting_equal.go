package main

import "fmt"

type N struct{ next any }

type P struct {
	tag  string
	next any
}

func main() {
	var a, b any = 0, 0
	for i := 0; i < 10000; i++ {
		a, b = N{a}, N{b}
	}
	fmt.Println(a == b)
	m := map[any]int{a: 1}
	fmt.Println(m[b], len(m))
	m[b] = 2
	fmt.Println(m[a], len(m))

	var c, d any = "x", "y"
	for i := 0; i < 20000; i++ {
		c, d = P{"t", c}, P{"t", d}
	}
	fmt.Println(c == d)
	m[c] = 3
	fmt.Println(m[d], len(m))

	var e, f any = []int{1}, []int{1}
	for i := 0; i < 5000; i++ {
		e, f = N{e}, N{f}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(e == f)
}

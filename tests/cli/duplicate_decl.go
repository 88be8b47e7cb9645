package main

type T struct{ A int }

func f() {}

func f() {}

func main() {
	t := T{A: 1, B: 2}
	_ = t
}

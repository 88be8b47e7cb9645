package main

type T interface {
	F1(i int) (i int) // ERROR "i redeclared in this block"
	F2(i, i int) // ERROR "i redeclared in this block"
}

type T1 func(i, i int) // ERROR "i redeclared in this block"

type R struct{}

func (i *R) F1(i int) {} // ERROR "i redeclared in this block"

func F3() (i, i int) { return 0, 0 } // ERROR "i redeclared in this block"

var g = func(a int, a string) {} // ERROR "a redeclared in this block"

func main() {}

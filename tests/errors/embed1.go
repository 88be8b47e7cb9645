package main

type A struct{ X int }
type B struct{ X int }

type C struct {
	A
	B
}

type D struct {
	*int
	int // ERROR "int redeclared"
}

type E struct {
	a int
	a string // ERROR "a redeclared"
}

func main() {
	var c C
	_ = c.X // ERROR "ambiguous selector c\.X"
}

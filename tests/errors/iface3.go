package main

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

type J interface {
	I
	N() int
	N() string // ERROR "duplicate method N"
}

type K interface {
	int
}

var k K // ERROR "cannot use type K outside a type constraint: interface contains type constraints"

func main() {}

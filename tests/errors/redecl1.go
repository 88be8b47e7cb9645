package main

var x int
var x string // ERROR "x redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T int
type T string // ERROR "T redeclared in this block"

const c = 1

var c = 2 // ERROR "c redeclared in this block"

func main() {
	a := 1
	var a int // ERROR "a redeclared in this block"
	a, b := 2, 3
	a := 4 // ERROR "no new variables on left side of :="
	_, _ = a, b
}

package main

func f(a int, a string) {} // ERROR "a redeclared in this block"

func g(a int) (a string) { return "" } // ERROR "a redeclared in this block"

func h(x int) {
	var x int // ERROR "x redeclared in this block"
	_ = x
}

func main() {
	for i := 0; i < 1; i++ {
		i := 2
		_ = i
	}
	type U int
	type U string // ERROR "U redeclared in this block"
}

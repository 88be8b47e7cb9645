package main

var (
	a, b = f() // ERROR "initialization cycle for b"
	c    = b
)

func f() (int, int) {
	return c, c
}

var x = func() int { return y }() // ERROR "initialization cycle for x"
var y = x + 1

func main() {}

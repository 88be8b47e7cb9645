package main

func f(a int, b string) {}

func g() (int, string) { return 1, "" }

func h(xs ...int) {}

func main() {
	f(1) // ERROR "not enough arguments in call to f"
	f(1, "a", 3) // ERROR "too many arguments in call to f"
	f() // ERROR "not enough arguments in call to f"
	var x int
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	f(g())
	h(1, "x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to h"
	h([]int{}...)
	h(1, []int{}...) // ERROR "too many arguments in call to h"
}

package main

func f(a int, b ...int) {}

func g(string, int, float64, ...string)

func h(x int) {}

func main() {
	f(nil...) // ERROR "not enough arguments in call to f"
	g(1, 0.5) // ERROR "not enough arguments in call to g"
	g("1", 2, 3.1)
	g(1, 0.5, []int{3, 4}...) // ERROR "not enough arguments in call to g"
	h(1, []int{}...) // ERROR "cannot use \.\.\. in call to non-variadic h"
	copy([]int{}, nil) // ERROR "invalid argument: copy expects slice arguments; found \[\]int\{\} \(value of type \[\]int\) and nil"
	const big = 1 << 500
	_ = big * big * big // ERROR "constant multiplication overflow"
}

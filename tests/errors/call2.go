package main

func two() (int, int) { return 1, 2 }

func none() {}

func one(x int) int { return x }

func main() {
	x := none() // ERROR "none\(\) \(no value\) used as value"
	one(two()) // ERROR "too many arguments in call to one"
	var y int = two() // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_ = one(none()) // ERROR "none\(\) \(no value\) used as value"
	_ = x
	_ = y
	"s"() // ERROR "invalid operation: cannot call non-function \"s\" \(untyped string constant\)"
	one("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to one"
}

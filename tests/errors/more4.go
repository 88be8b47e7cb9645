package main

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	double := func(int) int { return 0 }
	apply(double) // ERROR "not enough arguments in call to apply"
	apply(func(string) int { return 0 }, 1) // ERROR "cannot use func\(string\) int \{…\} \(value of type func\(string\) int\) as func\(int\) int value in argument to apply"
	var g func() = double // ERROR "cannot use double \(variable of type func\(int\) int\) as func\(\) value in variable declaration"
	_ = g
	h := func() {}
	_ = h() // ERROR "h\(\) \(no value\) used as value"
	_ = apply(double, 1, 2) // ERROR "too many arguments in call to apply"
}

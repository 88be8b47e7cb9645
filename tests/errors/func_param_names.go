package main

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	double := func(x int) int { return x * 2 }
	var g func() = double // ERROR "cannot use double \(variable of type func\(x int\) int\) as func\(\) value in variable declaration"
	_ = g
	apply(func(x string) int { return 0 }, 1) // ERROR "cannot use func\(x string\) int \{…\} \(value of type func\(x string\) int\) as func\(int\) int value in argument to apply"
}

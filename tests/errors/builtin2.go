package main

func main() {
	len("a", "b") // ERROR "invalid operation: too many arguments for len\(\"a\", \"b\"\) \(expected 1, found 2\)"
	_ = len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	x := 1
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	_ = complex(1, "a") // ERROR "invalid operation: complex\(1, \"a\"\) \(mismatched types untyped float and untyped string\)"
	_ = real(x) // ERROR "invalid argument: argument has type int, expected complex type"
	var ch <-chan int
	close(ch) // ERROR "invalid operation: cannot close receive-only channel ch \(variable of type <-chan int\)"
	_ = min(1, "a") // ERROR "invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of \"a\"\)"
	_ = max() // ERROR "invalid operation: not enough arguments for max\(\) \(expected 1, found 0\)"
	clear(x) // ERROR "invalid argument: cannot clear x \(variable of type int\): argument must be \(or constrained by\) map or slice"
}

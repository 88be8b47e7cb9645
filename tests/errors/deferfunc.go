package main

func f() int { return 1 }

func main() {
	defer f // ERROR "expression in defer must be function call"
	go 1 // ERROR "expression in go must be function call"
	defer int(1) // ERROR "defer requires function call, not conversion int\(1\) \(constant 1 of type int\)"
	defer len("x") // ERROR "defer discards result of len\(\"x\"\) \(constant 1 of type int\)"
	go recover()
	defer (f()) // ERROR "expression in defer must not be parenthesized"
}

package main

func main() {
	f := func(x int) int { return x
	_ = f
}
 // ERROR "syntax error: unexpected EOF, expected \}"
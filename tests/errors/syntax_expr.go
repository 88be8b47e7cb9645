package main

func main() {
	x := 1 +
	_ = x // ERROR "syntax error: unexpected = at end of statement"
}

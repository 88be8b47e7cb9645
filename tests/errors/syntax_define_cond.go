package main

func main() {
	if a := 10 { // ERROR "syntax error: cannot use a := 10 as value"
		_ = a
	}
}

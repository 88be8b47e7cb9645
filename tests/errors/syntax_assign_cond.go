package main

func main() {
	y := 1
	if y = 2 { // ERROR "syntax error: cannot use assignment y = 2 as value"
	}
}

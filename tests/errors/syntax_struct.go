package main

type T struct {
	a int, b int // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or \}"
}

func main() {}

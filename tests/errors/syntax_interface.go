package main

type I interface {
	M() int N() // ERROR "syntax error: unexpected name N in interface type; possibly missing semicolon or newline or \}"
}

func main() {}

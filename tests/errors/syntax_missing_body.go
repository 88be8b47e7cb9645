package main

func main() {
	for {
}
 // ERROR "syntax error: unexpected EOF, expected \}"
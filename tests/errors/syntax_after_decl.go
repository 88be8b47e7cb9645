package main

func main() {
} x // ERROR "syntax error: unexpected name x after top level declaration"

func g() {}

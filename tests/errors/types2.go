package main

import "fmt"

func main() {
	var x fmt // ERROR "fmt is not a type"
	var y main // ERROR "main is not a type"
	_ = int // ERROR "int \(type\) is not an expression"
	var z len // ERROR "len is not a type"
	_ = fmt.Foo // ERROR "undefined: fmt\.Foo"
	_, _, _ = x, y, z
}

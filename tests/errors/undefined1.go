package main

import "fmt"

func main() {
	x := y + 1 // ERROR "undefined: y"
	fmt.Println(x)
	undefinedFunc() // ERROR "undefined: undefinedFunc"
	var t UnknownType // ERROR "undefined: UnknownType"
	_ = t
	fmt.Printlnx("hi") // ERROR "undefined: fmt\.Printlnx"
	z = 3 // ERROR "undefined: z"
}

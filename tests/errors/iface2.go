package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (t *T) String() string { return "T" }

type U int

func use(s fmt.Stringer) {}

func main() {
	var x Stringer = T{} // ERROR "cannot use T\{\} \(value of type T\) as Stringer value in variable declaration: T does not implement Stringer \(method String has pointer receiver\)"
	use(U(1)) // ERROR "cannot use U\(1\) \(constant 1 of type U\) as fmt\.Stringer value in argument to use: U does not implement fmt\.Stringer \(missing method String\)"
	var e error = "oops" // ERROR "cannot use \"oops\" \(constant of type string\) as error value in variable declaration: string does not implement error \(missing method Error\)"
	var i interface{ M() } = 3 // ERROR "cannot use 3 \(constant of type int\) as interface\{M\(\)\} value in variable declaration: int does not implement interface\{M\(\)\} \(missing method M\)"
	_, _, _ = x, e, i
}

package main

func main() {
	var i int
	var s string
	i = "hello" // ERROR "cannot use \"hello\" \(untyped string constant\) as int value in assignment"
	s = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in assignment"
	var f float64 = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as float64 value in variable declaration"
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var p *int = &s // ERROR "cannot use &s \(value of type \*string\) as \*int value in variable declaration"
	_, _, _, _, _ = i, s, f, b, p
}

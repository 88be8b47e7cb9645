package main

type T struct{ a int }

func main() {
	_ = int("5") // ERROR "cannot convert \"5\" \(untyped string constant\) to type int"
	_ = string(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type string"
	_ = []int(5) // ERROR "cannot convert 5 \(untyped int constant\) to type \[\]int"
	_ = T(1) // ERROR "cannot convert 1 \(untyped int constant\) to type T"
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	var f float64
	_ = int(f)
	_ = float64("x") // ERROR "cannot convert \"x\" \(untyped string constant\) to type float64"
	var p *int
	_ = uintptr(p) // ERROR "cannot convert p \(variable of type \*int\) to type uintptr"
	_ = int(nil) // ERROR "cannot convert nil to type int"
}

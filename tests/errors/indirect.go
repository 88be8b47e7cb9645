package main

type T struct{ x int }

func main() {
	var i int
	_ = *i // ERROR "invalid operation: cannot indirect i \(variable of type int\)"
	var t T
	_ = *t // ERROR "invalid operation: cannot indirect t \(variable of type T\)"
	*t = T{} // ERROR "invalid operation: cannot indirect t \(variable of type T\)"
	var s string
	_ = *s // ERROR "invalid operation: cannot indirect s \(variable of type string\)"
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	_ = &f() // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
}

func f() int { return 1 }

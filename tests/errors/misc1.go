package main

func f() {}

func main() {
	var x int = f() // ERROR "f\(\) \(no value\) used as value"
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	y := 1
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	}
	_ = !y // ERROR "invalid operation: operator ! not defined on y \(variable of type int\)"
}

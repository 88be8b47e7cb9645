package main

type I interface{ M() }

type T struct{}

func main() {
	x := 1
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	var i I
	switch i.(type) {
	case T: // ERROR "impossible type switch case: T"
	case int: // ERROR "impossible type switch case: int"
	}
	switch v := i.(type) { // ERROR "v declared and not used"
	}
	switch y := 5; y.(type) { // ERROR "y \(variable of type int\) is not an interface"
	}
	_ = i.(T) // ERROR "impossible type assertion: i\.\(T\)"
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
}

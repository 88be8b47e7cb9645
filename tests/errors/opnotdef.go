package main

func main() {
	var s string
	var b bool
	var f float64
	var m map[string]int
	_ = s - "x" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = !f // ERROR "invalid operation: operator ! not defined on f \(variable of type float64\)"
	_ = ^f // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
	_ = m + m // ERROR "invalid operation: operator \+ not defined on m \(variable of type map\[string\]int\)"
	_ = s * 2 // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
}

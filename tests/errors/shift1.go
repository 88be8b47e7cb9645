package main

func main() {
	var f float64
	_ = f << 2 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	var s string
	_ = 1 << s // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	var i int
	_ = i << 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	const c = 1 << 10000 // ERROR "invalid operation: invalid shift count 10000 \(untyped int constant\)"
	_ = c
	_ = 1 >> f // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
}

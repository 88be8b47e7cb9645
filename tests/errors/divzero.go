package main

const z = 0

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = x % 0 // ERROR "invalid operation: division by zero"
	_ = 1 / z // ERROR "invalid operation: division by zero"
	_ = 1.5 / 0 // ERROR "invalid operation: division by zero"
	const c = 3 % z // ERROR "invalid operation: division by zero"
	var f float64 = 2
	_ = f / 0.0
	x /= 0 // ERROR "invalid operation: division by zero"
}

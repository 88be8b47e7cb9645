package main

const Pi = 3.14159

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	var c Celsius = 100
	var f Fahrenheit = c // ERROR "cannot use c \(variable of type Celsius\) as Fahrenheit value in variable declaration"
	f = CToF(f) // ERROR "cannot use f \(variable of type Fahrenheit\) as Celsius value in argument to CToF"
	var x int = Pi // ERROR "cannot use Pi \(untyped float constant 3\.14159\) as int value in variable declaration \(truncated\)"
	const big = 1e309
	var y float64 = big // ERROR "cannot use big \(untyped float constant 1e\+309\) as float64 value in variable declaration \(overflows\)"
	_, _, _ = f, x, y
	_ = c == f // ERROR "invalid operation: c == f \(mismatched types Celsius and Fahrenheit\)"
}

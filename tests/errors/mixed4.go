package main

const (
	A = iota
	B
	C
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func paint(c Color) {}

func main() {
	var x int = Red // ERROR "cannot use Red \(constant 0 of type Color\) as int value in variable declaration"
	paint(1)
	paint(A)
	var n int = 3
	paint(n) // ERROR "cannot use n \(variable of type int\) as Color value in argument to paint"
	const big = 1 << 40
	var small int32 = big // ERROR "cannot use big \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	_ = x
	_ = small
}

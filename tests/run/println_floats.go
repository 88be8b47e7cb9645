package main

import "math"

func main() {
	println(1.0, 0.5, -2.25, 0.0)
	println(1e10, 1e-10, 123456.789)
	println(math.Inf(1), math.Inf(-1), math.NaN())
	var f32 float32 = 1.5
	println(f32)
	println(complex(1, 2), complex(-1.5, 0))
	var negz = math.Copysign(0, -1)
	println(negz)
	println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	println(1.0/3.0, 2.0/3.0)
	println(float64(1<<53), float64(1<<53+1))
	println(100.0)
}

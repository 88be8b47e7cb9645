package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.5, 2.0 / 3.0, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 1.0e-300, 3.14159265358979, 100, 1234.5678}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%f|%.3f|%.2e|%G|%E\n", v, v, v, v, v, v, v, v)
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%v %f %e %g\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz)
	fmt.Printf("%v %f %g %.2f\n", negz, negz, negz, negz)
	fmt.Printf("%8.3f|%-8.3f|%+.2f|%08.3f|% .2f\n", 3.14159, 3.14159, 3.14159, -3.14159, 2.5)
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.10g %.3g %.1g\n", math.Pi, 1234567.0, 0.05)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Printf("%v %g %.3f\n", f32, f32, f32)
	var f32b float32 = 1e10
	fmt.Println(f32b, float32(1)/3)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32))
	fmt.Println(1e100, 1.7976931348623157e308)
	fmt.Println(100000000.0, 123456789012.0, 0.000001234)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%b\n", 1.0)
	fmt.Println(fmt.Sprint(3.0), fmt.Sprint(float32(2.5)))
	println(1.5, 0.1, -2.0, 1e100)
}

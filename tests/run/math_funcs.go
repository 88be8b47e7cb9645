package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Cbrt(27))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1))
	fmt.Println(math.Abs(-3.5), math.Abs(3.5))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64), math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxInt, math.MinInt)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Atan(1), math.Atan2(1, -1))
	fmt.Printf("%.6f %.6f\n", math.Exp(2), math.Log(10))
	fmt.Println(math.Pow(2, -1), math.Pow(0, 0), math.Pow(-8, 1.0/3))
	fmt.Println(math.Inf(1) > 0, math.IsNaN(math.NaN()))
	fmt.Println(math.Trunc(-3.7), math.Round(-3.5), math.Round(3.4999))
	fmt.Println(math.Signbit(-1), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Float64bits(-0.0) == 1<<63)
	fmt.Println(math.Nextafter(1, 2)-1, math.Expm1(1e-10), math.Log1p(1e-10))
	fmt.Println(math.Gamma(5), math.IsInf(math.Gamma(-1), 0))
	fmt.Printf("%.4f %.4f\n", math.Sinh(1), math.Cosh(1))
	fmt.Println(math.Ilogb(8), math.Ldexp(0.5, 4))
	var x float32 = 2
	fmt.Println(float32(math.Sqrt(float64(x))))
}

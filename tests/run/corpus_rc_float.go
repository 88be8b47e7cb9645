package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 1e20, 1e21, 123456789, 1234567890123, 1e-4, 1e-5, 3.0e-7, math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), -0.0, 100, 0.000001234}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%f|%.3g|%8.2f|%G|%.0f|%x\n", v, v, v, v, v, v, v, v, v)
		fmt.Println(v, float32(v), strconv.FormatFloat(v, 'g', -1, 32))
	}
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 0.5), math.Exp(1), math.Log(10), math.Log10(1000), math.Log2(8))
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(1), math.Atan2(1, 2), math.Asin(0.5), math.Acos(0.5))
	fmt.Println(math.Hypot(3, 4), math.Floor(-1.5), math.Ceil(-1.5), math.Round(2.5), math.RoundToEven(2.5), math.Trunc(-2.7), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(math.Gamma(5.5), math.Erf(0.5), math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Expm1(1e-10), math.Log1p(1e-10))
	fr, ex := math.Frexp(10)
	fmt.Println(fr, ex, math.Ldexp(0.5, 3), math.Float64bits(1.5), math.Float32bits(1.5), math.Signbit(-0.0), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, 1/f32)
	fmt.Printf("%v %.10f %g\n", f32, f32, float32(1)/3)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	c := complex(1, 2)
	fmt.Println(c, c*c, real(c), imag(c), complex64(c))
	fmt.Printf("%v %.2f %g\n", c, c, c)
	var h float64 = 1
	for i := 0; i < 5; i++ {
		h /= 7
		fmt.Print(h, " ")
	}
	fmt.Println()
	s := 0.0
	for i := 1; i <= 1000; i++ {
		s += 1 / float64(i*i)
	}
	fmt.Println(s, math.Sqrt(s*6))
	fmt.Printf("%6.3v|%-10v|%+v|%010.4f\n", math.Pi, 2.5, 3.0, -math.Pi)
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', 3, 64), strconv.FormatFloat(0.000012345, 'G', 3, 64), strconv.FormatFloat(255, 'x', -1, 64), strconv.FormatFloat(1.0, 'b', -1, 64))
	lat1, lon1, lat2, lon2 := 36.12*math.Pi/180, -86.67*math.Pi/180, 33.94*math.Pi/180, -118.40*math.Pi/180
	dlat, dlon := lat2-lat1, lon2-lon1
	aa := math.Pow(math.Sin(dlat/2), 2) + math.Cos(lat1)*math.Cos(lat2)*math.Pow(math.Sin(dlon/2), 2)
	fmt.Println(2 * 6372.8 * math.Asin(math.Sqrt(aa)))
}

package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf > math.MaxFloat64, -inf < -math.MaxFloat64)
	fmt.Println(inf-inf, inf*0, inf+1, -inf*2)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(-inf, -1), math.IsInf(inf, 0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	negz := -zero
	fmt.Println(negz == zero, math.Signbit(negz), math.Signbit(zero))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))
	fmt.Println(int64(math.Float64bits(1.0)), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.0))
	// float comparisons and rounding
	a := 0.1 + 0.2
	fmt.Println(a, a == 0.3, math.Abs(a-0.3) < 1e-9)
	var f32 float32 = 0.1
	var s32 float32 = f32 + 0.2
	fmt.Println(s32, s32 == 0.3)
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-1.5), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Max(1, nan), math.Min(-0.0, 0.0), math.Max(3, 7))
	fmt.Println(min(1.0, 2.0), max(3.5, -1.0))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Hypot(3, 4))
	f, frac := math.Modf(3.75)
	fmt.Println(f, frac)
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp)
	fmt.Println(math.Trunc(1e300), math.Exp(1), math.Log2(1024), math.Log10(0.001))
}

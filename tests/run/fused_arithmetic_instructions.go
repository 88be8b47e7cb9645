// Arithmetic the compiler fuses into one instruction must give Go's results: float
// compare-and-branch with a constant (NaN operands), c + x*y rounded twice (never a fused
// multiply-add), (x + y) + c and (x + y) & c on every integer width (wrapping and
// normalization), and signed division by a power of two (negative dividends).
package main

import (
	"fmt"
	"math"
)

func classify(x float64) string {
	s := ""
	if x < 1.5 {
		s += "lt "
	}
	if x <= 1.5 {
		s += "le "
	}
	if x > 1.5 {
		s += "gt "
	}
	if x >= 1.5 {
		s += "ge "
	}
	if !(x < 1.5) {
		s += "!lt "
	}
	if !(x <= 1.5) {
		s += "!le "
	}
	if !(x > 1.5) {
		s += "!gt "
	}
	if !(x >= 1.5) {
		s += "!ge "
	}
	if 2.5 < x {
		s += "k<x "
	}
	if 2.5 >= x {
		s += "k>=x "
	}
	return s
}

func halve(x float64) int {
	n := 0
	for x > 4 && n < 2000 {
		x *= 0.5
		n++
	}
	for x < 0.25 && n < 100 {
		x *= 2
		n--
	}
	return n
}

func mulAdd(c, x, y float64) float64 { return c + x*y }
func addMul(c, x, y float64) float64 { return x*y + c }
func mulSub(c, x, y float64) float64 { return c - x*y }

func main() {
	for _, x := range []float64{1, 1.5, 2, 3, math.NaN(), math.Inf(1), math.Inf(-1), -0.0} {
		fmt.Printf("%v: %s\n", x, classify(x))
	}
	fmt.Println(halve(1000), halve(0.001), halve(3), halve(math.NaN()), halve(math.Inf(1)))

	// x*y is not exact here: a fused multiply-add would give another result.
	x := 1 + 0x1p-30
	y := 1 - 0x1p-30
	c := -1.0
	fmt.Println(mulAdd(c, x, y), addMul(c, x, y), mulSub(1, x, y), math.FMA(x, y, c))
	fmt.Println(mulAdd(1e308, 10, 10), mulSub(0, math.Inf(1), 0), addMul(math.NaN(), 1, 2))
	var acc float64
	v := []float64{0.1, 0.2, 0.3, 0.4, 0.5}
	for i, a := range v {
		acc += a * v[len(v)-1-i]
		acc -= a * 1e-3 * a
	}
	fmt.Println(acc)
	sumsq := v[0]*v[0] + v[1]*v[1] + v[2]*v[2] + v[3]*v[3]
	fmt.Println(sumsq)

	// (x + y) + c, (x + y) - c, (x + y) & c.
	var i8a, i8b int8 = 100, 27
	var u8a, u8b uint8 = 200, 100
	var i16a, i16b int16 = 32000, 700
	var i32a, i32b int32 = math.MaxInt32, 5
	var u32a, u32b uint32 = math.MaxUint32, 3
	var ia, ib int = math.MaxInt64, 1
	var ua, ub uint = math.MaxUint64, 2
	fmt.Println(i8a+i8b+1, i8a+i8b-3, (i8a+i8b)&0x7f, (i8a+i8b+1)&-2, i8a+i8b+127)
	fmt.Println(u8a+u8b+1, u8a+u8b-3, (u8a+u8b)&0xf0, u8a+u8b+255)
	fmt.Println(i16a+i16b+1, (i16a+i16b)&-16, (i16a+i16b)&0x7ff)
	fmt.Println(i32a+i32b+1, (i32a+i32b)&0xffff, i32a+i32b-10)
	fmt.Println(u32a+u32b+1, (u32a+u32b)&0xff, u32a+u32b-5)
	fmt.Println(ia+ib+1, (ia+ib)&0xffff, ia+ib-1, (ia+ib)&-256)
	fmt.Println(ua+ub+1, (ua+ub)&0xff, ua+ub-4)
	h := 0
	for j := 0; j < 1000; j++ {
		h = (h + j*31) & 0xFFFF
		h = h + j + 7
	}
	fmt.Println(h)

	// Signed division by powers of two truncates toward zero.
	for _, n := range []int{0, 1, -1, 7, -7, 8, -8, 9, -9, math.MaxInt64, math.MinInt64, math.MinInt64 + 1} {
		fmt.Print(n/2, n/4, n/8, n/1024, n/(1<<30), " ")
	}
	fmt.Println()
	var n8 int8 = -127
	var n32 int32 = -5
	fmt.Println(n8/2, n8/64, n32/4, n32/2)
}

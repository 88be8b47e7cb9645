// Compares mg/math/bits and mg/math with the real packages.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand"

	mgmath "mg/math"
	mg "mg/math/bits"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 40 {
		shown++
		fmt.Printf("FAIL %s: got %s want %s\n", what, g, w)
	}
}

func pt(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return
}

func main() {
	r := rand.New(rand.NewSource(7))
	vals := []uint64{0, 1, 2, 3, 255, 256, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, math.MaxUint64}
	for i := 0; i < 3000; i++ {
		vals = append(vals, r.Uint64()>>uint(r.Intn(64)))
	}
	for i, x := range vals {
		y := vals[(i*7+3)%len(vals)]
		k := r.Intn(200) - 100
		check("LeadingZeros", fmt.Sprint(mg.LeadingZeros64(x), mg.LeadingZeros32(uint32(x)), mg.LeadingZeros16(uint16(x)), mg.LeadingZeros8(uint8(x)), mg.LeadingZeros(uint(x))),
			fmt.Sprint(bits.LeadingZeros64(x), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros(uint(x))))
		check("TrailingZeros", fmt.Sprint(mg.TrailingZeros64(x), mg.TrailingZeros32(uint32(x)), mg.TrailingZeros16(uint16(x)), mg.TrailingZeros8(uint8(x))),
			fmt.Sprint(bits.TrailingZeros64(x), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros8(uint8(x))))
		check("OnesCount", fmt.Sprint(mg.OnesCount64(x), mg.OnesCount32(uint32(x)), mg.OnesCount16(uint16(x)), mg.OnesCount8(uint8(x))),
			fmt.Sprint(bits.OnesCount64(x), bits.OnesCount32(uint32(x)), bits.OnesCount16(uint16(x)), bits.OnesCount8(uint8(x))))
		check("Rotate", fmt.Sprint(mg.RotateLeft64(x, k), mg.RotateLeft32(uint32(x), k), mg.RotateLeft16(uint16(x), k), mg.RotateLeft8(uint8(x), k)),
			fmt.Sprint(bits.RotateLeft64(x, k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft16(uint16(x), k), bits.RotateLeft8(uint8(x), k)))
		check("Reverse", fmt.Sprint(mg.Reverse64(x), mg.Reverse32(uint32(x)), mg.Reverse16(uint16(x)), mg.Reverse8(uint8(x)), mg.ReverseBytes64(x), mg.ReverseBytes32(uint32(x)), mg.ReverseBytes16(uint16(x))),
			fmt.Sprint(bits.Reverse64(x), bits.Reverse32(uint32(x)), bits.Reverse16(uint16(x)), bits.Reverse8(uint8(x)), bits.ReverseBytes64(x), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes16(uint16(x))))
		check("Len", fmt.Sprint(mg.Len64(x), mg.Len32(uint32(x)), mg.Len16(uint16(x)), mg.Len8(uint8(x))),
			fmt.Sprint(bits.Len64(x), bits.Len32(uint32(x)), bits.Len16(uint16(x)), bits.Len8(uint8(x))))
		c := y & 1
		s1, c1 := mg.Add64(x, y, c)
		s2, c2 := bits.Add64(x, y, c)
		check("Add64", fmt.Sprint(s1, c1), fmt.Sprint(s2, c2))
		s1, c1 = mg.Sub64(x, y, c)
		s2, c2 = bits.Sub64(x, y, c)
		check("Sub64", fmt.Sprint(s1, c1), fmt.Sprint(s2, c2))
		a1, b1 := mg.Add32(uint32(x), uint32(y), uint32(c))
		a2, b2 := bits.Add32(uint32(x), uint32(y), uint32(c))
		check("Add32", fmt.Sprint(a1, b1), fmt.Sprint(a2, b2))
		a1, b1 = mg.Sub32(uint32(x), uint32(y), uint32(c))
		a2, b2 = bits.Sub32(uint32(x), uint32(y), uint32(c))
		check("Sub32", fmt.Sprint(a1, b1), fmt.Sprint(a2, b2))
		h1, l1 := mg.Mul64(x, y)
		h2, l2 := bits.Mul64(x, y)
		check("Mul64", fmt.Sprint(h1, l1), fmt.Sprint(h2, l2))
		if y != 0 {
			hi := r.Uint64() % y
			q1, r1 := mg.Div64(hi, x, y)
			q2, r2 := bits.Div64(hi, x, y)
			check("Div64", fmt.Sprint(q1, r1), fmt.Sprint(q2, r2))
			check("Rem64", mg.Rem64(x, y^x, y), bits.Rem64(x, y^x, y))
			if uint32(y) != 0 {
				check("Div32", fmt.Sprint(mg.Div32(uint32(hi)%uint32(y), uint32(x), uint32(y))), fmt.Sprint(bits.Div32(uint32(hi)%uint32(y), uint32(x), uint32(y))))
				check("Rem32", mg.Rem32(uint32(x), uint32(y^x), uint32(y)), bits.Rem32(uint32(x), uint32(y^x), uint32(y)))
			}
		}
	}
	check("Div64 by zero", pt(func() { mg.Div64(0, 1, 0) }), pt(func() { bits.Div64(0, 1, 0) }))
	check("Div64 overflow", pt(func() { mg.Div64(5, 1, 3) }), pt(func() { bits.Div64(5, 1, 3) }))

	// math: the pure-Go functions.
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 1e300, -1e-300, 5e-324, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, 4503599627370495.5, 4503599627370496.5, 0.49999999999999994}
	for i := 0; i < 2000; i++ {
		fs = append(fs, math.Float64frombits(r.Uint64()), (r.Float64()-0.5)*math.Pow(10, float64(r.Intn(30)-15)))
	}
	for i, f := range fs {
		g := fs[(i*13+5)%len(fs)]
		check("Round", math.Float64bits(mgmath.Round(f)), math.Float64bits(math.Round(f)))
		check("RoundToEven", math.Float64bits(mgmath.RoundToEven(f)), math.Float64bits(math.RoundToEven(f)))
		fr1, e1 := mgmath.Frexp(f)
		fr2, e2 := math.Frexp(f)
		check("Frexp", fmt.Sprint(math.Float64bits(fr1), e1), fmt.Sprint(math.Float64bits(fr2), e2))
		for _, e := range []int{-1080, -1074, -1022, -60, -1, 0, 1, 52, 1023, 1024, 2000} {
			check("Ldexp", math.Float64bits(mgmath.Ldexp(f, e)), math.Float64bits(math.Ldexp(f, e)))
		}
		i1, f1 := mgmath.Modf(f)
		i2, f2 := math.Modf(f)
		check("Modf", fmt.Sprint(math.Float64bits(i1), math.Float64bits(f1)), fmt.Sprint(math.Float64bits(i2), math.Float64bits(f2)))
		check("Ilogb/Logb", fmt.Sprint(mgmath.Ilogb(f), mgmath.Logb(f)), fmt.Sprint(math.Ilogb(f), math.Logb(f)))
		check("Max/Min/Dim", fmt.Sprint(math.Float64bits(mgmath.Max(f, g)), math.Float64bits(mgmath.Min(f, g)), mgmath.Dim(f, g)),
			fmt.Sprint(math.Float64bits(math.Max(f, g)), math.Float64bits(math.Min(f, g)), math.Dim(f, g)))
		check("Nextafter", math.Float64bits(mgmath.Nextafter(f, g)), math.Float64bits(math.Nextafter(f, g)))
		check("Nextafter32", math.Float32bits(mgmath.Nextafter32(float32(f), float32(g))), math.Float32bits(math.Nextafter32(float32(f), float32(g))))
		check("Abs/Copysign/Signbit", fmt.Sprint(mgmath.Abs(f), mgmath.Copysign(f, g), mgmath.Signbit(f), mgmath.IsNaN(f), mgmath.IsInf(f, 0), mgmath.IsInf(f, 1), mgmath.IsInf(f, -1)),
			fmt.Sprint(math.Abs(f), math.Copysign(f, g), math.Signbit(f), math.IsNaN(f), math.IsInf(f, 0), math.IsInf(f, 1), math.IsInf(f, -1)))
	}
	for n := -330; n <= 330; n++ {
		check("Pow10", math.Float64bits(mgmath.Pow10(n)), math.Float64bits(math.Pow10(n)))
	}
	check("consts", fmt.Sprint(mgmath.MaxFloat32, mgmath.SmallestNonzeroFloat64, mgmath.MaxInt64, mgmath.MinInt64, uint64(mgmath.MaxUint64), mgmath.Pi, mgmath.Log2E),
		fmt.Sprint(math.MaxFloat32, math.SmallestNonzeroFloat64, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.Pi, math.Log2E))
	fmt.Printf("PASS %d/%d\n", pass, total)
}

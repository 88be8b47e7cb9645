// Differential sweep of math/cmplx against real Go: a hash of the result bits per function
// over a grid of special values and 6000 pseudo-random inputs (incl. Tan/Cot arguments
// between 2^29 and 2^30, where modPi once used the wrong reduction).
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var rng uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	rng ^= rng << 13
	rng ^= rng >> 7
	rng ^= rng << 17
	return rng
}

func randFloat() float64 {
	switch next() % 4 {
	case 0:
		return math.Float64frombits(next()) // any bits, incl. NaN/Inf/subnormal
	case 1:
		return (float64(next()%2000000) - 1000000) / 1000 // moderate
	case 2:
		return math.Ldexp(float64(next()%1000000)/1e6, int(next()%80)-40) * float64(1-2*int(next()%2))
	}
	return math.Ldexp(1, int(next()%2100)-1075) * float64(1-2*int(next()%2))
}

func bits(f float64) uint64 {
	if f != f {
		return 0x7ff8000000000001 // all NaNs alike
	}
	return math.Float64bits(f)
}

func main() {
	n := 6000
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 1e-300, -1e-300, 1e300, -1e300, 710, -710, 20, -20, 1e-8, math.Pi, -math.Pi, math.Pi / 2, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 1.7976931348623157e308, 0.25, 3}
	var in []complex128
	for _, a := range specials {
		for _, b := range specials {
			in = append(in, complex(a, b))
		}
	}
	for len(in) < n {
		in = append(in, complex(randFloat(), randFloat()))
	}
	type fn struct {
		name string
		f    func(complex128) complex128
	}
	fns := []fn{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
		{"Rect", func(z complex128) complex128 { return cmplx.Rect(real(z), imag(z)) }},
		{"Polar", func(z complex128) complex128 { r, t := cmplx.Polar(z); return complex(r, t) }},
		{"Pow", func(z complex128) complex128 { return cmplx.Pow(z, complex(imag(z), real(z))) }},
		{"PowR", func(z complex128) complex128 { return cmplx.Pow(z, complex(real(z)/3, 0)) }},
		{"PowS", func(z complex128) complex128 { return cmplx.Pow(complex(real(z), 0), z) }},
		{"Flags", func(z complex128) complex128 {
			var a, b float64
			if cmplx.IsInf(z) {
				a = 1
			}
			if cmplx.IsNaN(z) {
				b = 1
			}
			return complex(a+cmplx.Abs(z), b+cmplx.Phase(z))
		}},
	}
	verbose := false
	for _, f := range fns {
		var h uint64 = 14695981039346656037
		for i, z := range in {
			w := f.f(z)
			x, y := bits(real(w)), bits(imag(w))
			h = (h ^ x) * 1099511628211
			h = (h ^ y) * 1099511628211
			if verbose && (false) {
				fmt.Printf("%s %d %x %x -> %x %x\n", f.name, i, bits(real(z)), bits(imag(z)), x, y)
			}
		}
		fmt.Printf("%s %016x\n", f.name, h)
	}
	fmt.Printf("%v %v %v\n", cmplx.Inf(), cmplx.NaN(), cmplx.Pow(0, 0))
}

func init() {
	for _, re := range []float64{4.4e8, 8.8e8, -6e8, 1.07e9, 1.08e9, 3e15} {
		fmt.Println(cmplx.Tan(complex(re, 3e-6)), cmplx.Cot(complex(re, -2e-7)))
	}
}

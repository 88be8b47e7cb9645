package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"os"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func rnd(i int) float64 {
	r := next()
	switch i % 3 {
	case 0:
		return (float64(r>>11)/(1<<53)*2 - 1) * 4
	case 1:
		e := int(r>>52&0x3f) - 32
		m := 1 + float64(r&(1<<52-1))/(1<<52)
		if r&(1<<63) != 0 {
			m = -m
		}
		return math.Ldexp(m, e)
	}
	return (float64(r>>11)/(1<<53)*2 - 1) * 40
}

type h struct{ v, nan uint64 }

func (x *h) add(f float64) {
	if f != f {
		x.nan++
		return
	}
	x.v ^= math.Float64bits(f)
	x.v *= 1099511628211
}

func main() {
	verbose := len(os.Args) > 1
	fs := []struct {
		n string
		f func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj},
		{"Pow2.5", func(x complex128) complex128 { return cmplx.Pow(x, 2.5-1.5i) }},
		{"PowX", func(x complex128) complex128 { return cmplx.Pow(1.5+0.5i, x) }},
		{"Rect", func(x complex128) complex128 { return cmplx.Rect(real(x), imag(x)) }},
		{"Polar", func(x complex128) complex128 { r, t := cmplx.Polar(x); return complex(r, t) }},
	}
	sp := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, math.Inf(1), math.Inf(-1), math.NaN(), 1e300, -1e-300, math.Pi / 2}
	for _, f := range fs {
		var hs h
		for _, a := range sp {
			for _, b := range sp {
				z := f.f(complex(a, b))
				if verbose {
					fmt.Println(f.n, complex(a, b), z)
				}
				hs.add(real(z))
				hs.add(imag(z))
			}
		}
		var hr h
		state = 0x9E3779B97F4A7C15
		for i := 0; i < 3000; i++ {
			z := f.f(complex(rnd(i), rnd(i+1)))
			hr.add(real(z))
			hr.add(imag(z))
		}
		fmt.Printf("%-6s special %016x %d random %016x %d\n", f.n, hs.v, hs.nan, hr.v, hr.nan)
	}
	fmt.Println(cmplx.Abs(3+4i), cmplx.Phase(-1), cmplx.Inf(), cmplx.IsInf(cmplx.Inf()), cmplx.IsNaN(cmplx.NaN()), cmplx.IsNaN(complex(math.NaN(), math.Inf(1))))
	fmt.Println(cmplx.Exp(1i*math.Pi)+1, cmplx.Pow(1i, 1i), cmplx.Sqrt(-1), cmplx.Pow(0, 0), cmplx.Pow(0, -1), cmplx.Pow(0, -1+1i))
}

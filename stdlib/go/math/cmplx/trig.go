package cmplx

import (
	"math"
	"math/bits"
)

// Tan returns the tangent of x.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(im, 0):
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	case re == 0 && math.IsNaN(im):
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		d = tanDenominator(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	case im == 0 && math.IsNaN(re):
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// Cot returns the cotangent of x.
func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanDenominator(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// reducePi returns x reduced modulo Pi to (-Pi/2, Pi/2] (x ≥ 0 in the series; small
// negative x are returned as they are): Cody-Waite reduction with Pi in three parts below
// 2²⁹, Payne-Hanek reduction with the bits of 1/Pi above.
func reducePi(x float64) float64 {
	if math.Abs(x) < 1<<29 {
		const (
			pi1 = 3.141592502593994      // Pi with the low 30 mantissa bits cleared
			pi2 = 1.5099578831723193e-07 // the next bits, low 32 mantissa bits cleared
			pi3 = 1.0780605716316238e-14 // the rest, rounded
		)
		t := x/math.Pi + 0.5
		t = float64(int64(t))
		return ((x - t*pi1) - t*pi2) - t*pi3
	}
	// x = m · 2^e with a 53-bit integer m; the fraction of x/Pi comes from a 192-bit
	// window of 1/Pi's bits times m.
	b := math.Float64bits(x)
	e := int(b>>52&0x7ff) - 1023 - 52
	m := b&(1<<52-1) | 1<<52
	at := uint(e + 64)
	d, s := at/64, at%64
	w := func(i uint) uint64 { return invPi[d+i]<<s | invPi[d+i+1]>>(64-s) }
	z0, z1, z2 := w(0), w(1), w(2)
	z2hi, _ := bits.Mul64(z2, m)
	z1hi, z1lo := bits.Mul64(z1, m)
	lo, c := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0*m, z1hi, c)
	lz := uint(bits.LeadingZeros64(hi))
	exp := uint64(1023 - (lz + 1))
	hi = (hi<<(lz+1) | lo>>(64-(lz+1))) >> 12
	f := math.Float64frombits(hi | exp<<52)
	if f > 0.5 {
		f--
	}
	return math.Pi * f
}

// invPi holds the binary digits of 1/Pi: 1/Pi = Σ invPi[i]·2^(-64 i).
var invPi = [20]uint64{
	0x0000000000000000, 0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f,
	0x74411afa975da242, 0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d,
	0x8ffc4bffef02cc07, 0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
}

// tanDenominator computes cosh(2y) - cos(2x) by its Taylor series, for the arguments
// where the direct difference cancels.
func tanDenominator(z complex128) float64 {
	const machEp = 1.0 / (1 << 53)
	x := math.Abs(2 * real(z))
	y := math.Abs(2 * imag(z))
	x = reducePi(x)
	x = x * x
	y = y * y
	xn, yn, fact, n, sum := 1.0, 1.0, 1.0, 0.0, 0.0
	for {
		n++
		fact *= n
		n++
		fact *= n
		xn *= x
		yn *= y
		t := (yn + xn) / fact
		sum += t
		n++
		fact *= n
		n++
		fact *= n
		xn *= x
		yn *= y
		t = (yn - xn) / fact
		sum += t
		if !(math.Abs(t/sum) > machEp) {
			break
		}
	}
	return sum
}

// Asin returns the inverse sine of x.
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		switch {
		case re == 0:
			return complex(re, math.NaN())
		case math.IsInf(re, 0):
			return complex(math.NaN(), re)
		}
		return NaN()
	case math.IsInf(im, 0):
		switch {
		case math.IsNaN(re):
			return x
		case math.IsInf(re, 0):
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	// -i · log(i·x + sqrt(1 - x²))
	ix := complex(-im, re)
	sq := x * x
	root := Sqrt(complex(1-real(sq), -imag(sq)))
	w := Log(ix + root)
	return complex(imag(w), -real(w))
}

// Acos returns the inverse cosine of x.
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Atan returns the inverse tangent of x.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	re2 := re * re
	a := 1 - re2 - im*im
	if a == 0 {
		return NaN()
	}
	w := reducePi(0.5 * math.Atan2(2*re, a))
	t := im - 1
	b := re2 + t*t
	if b == 0 {
		return NaN()
	}
	t = im + 1
	c := (re2 + t*t) / b
	return complex(w, 0.25*math.Log(c))
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0):
		switch {
		case math.IsInf(im, 0):
			return complex(re, math.Copysign(math.Pi/4, im))
		case math.IsNaN(im):
			return x
		}
		return complex(re, math.Copysign(0.0, im))
	case math.IsNaN(re):
		switch {
		case im == 0:
			return x
		case math.IsInf(im, 0):
			return complex(im, re)
		}
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	// log(x + sqrt(1 + x²))
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w))
	}
	return complex(imag(w), -real(w))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x complex128) complex128 {
	w := Atan(complex(-imag(x), real(x)))
	return complex(imag(w), -real(w))
}

package cmplx

import "math"

// Asinh is the inverse hyperbolic sine of x: log(x + sqrt(1 + x²)).
func Asinh(x complex128) complex128 {
	if r, ok := alongAxis(x, unitInterval, math.Asinh, math.Asin); ok {
		return r
	}
	re, im := real(x), imag(x)
	if !finite(x) {
		return asinhEdge(re, im)
	}
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

func unitInterval(v float64) bool { return math.Abs(v) <= 1 }

// alongAxis gives f(x) for x on the real axis where onReal(re) holds, and for x on the
// imaginary axis within [-i, i], where real functions give the answer: fr(re) or
// i·fi(im), the zero part kept as it is.
func alongAxis(x complex128, onReal func(float64) bool, fr, fi func(float64) float64) (complex128, bool) {
	re, im := real(x), imag(x)
	if im == 0 && onReal(re) {
		return complex(fr(re), im), true
	}
	if re == 0 && unitInterval(im) {
		return complex(re, fi(im)), true
	}
	return 0, false
}

// asinhEdge is Asinh where a part is infinite or NaN (Annex G's casinh).
func asinhEdge(re, im float64) complex128 {
	quarter, half := math.Copysign(math.Pi/4, im), math.Copysign(math.Pi/2, im)
	switch {
	case infinite(re) && infinite(im):
		return complex(re, quarter)
	case infinite(re) && im != im:
		return complex(re, im)
	case infinite(re):
		return complex(re, math.Copysign(0, im))
	case re != re && im == 0:
		return complex(re, im)
	case re != re && infinite(im):
		return complex(im, re)
	case re != re:
		return NaN()
	case infinite(im):
		return complex(math.Copysign(im, re), half)
	}
	return NaN() // finite re, NaN im
}

// Asin is the inverse sine of x: -i·asinh(i·x).
func Asin(x complex128) complex128 { return timesMinusI(Asinh(timesI(x))) }

// Acos is the inverse cosine of x: Pi/2 - asin(x).
func Acos(x complex128) complex128 {
	s := Asin(x)
	return complex(math.Pi/2-real(s), -imag(s))
}

// Acosh is the inverse hyperbolic cosine of x: ±i·acos(x), the sign making the real
// part non-negative.
func Acosh(x complex128) complex128 {
	if x == 0 {
		quarter := math.Copysign(math.Pi/2, imag(x))
		return complex(0, quarter)
	}
	c := Acos(x)
	if imag(c) <= 0 {
		return timesI(c)
	}
	return timesMinusI(c)
}

// Atan is the inverse tangent of x. Off the axes it is Cephes' catan: real part
// atan2(2re, 1 - |x|²)/2 reduced modulo Pi, imaginary part log of
// (re² + (im+1)²) / (re² + (im-1)²), over 4.
func Atan(x complex128) complex128 {
	everywhere := func(float64) bool { return true }
	if r, ok := alongAxis(x, everywhere, math.Atan, math.Atanh); ok {
		return r
	}
	re, im := real(x), imag(x)
	switch {
	case infinite(re) || infinite(im):
		zero := signedZero(im)
		if re != re {
			return complex(nan, zero)
		}
		return complex(math.Copysign(math.Pi/2, re), zero)
	case re != re || im != im:
		return NaN()
	}
	re2 := re * re
	den := 1 - re2 - im*im
	if den == 0 {
		return NaN()
	}
	angle := modPi(0.5 * math.Atan2(2*re, den))
	below, above := im-1, im+1
	lower := re2 + below*below
	if lower == 0 {
		return NaN()
	}
	ratio := (re2 + above*above) / lower
	return complex(angle, 0.25*math.Log(ratio))
}

// Atanh is the inverse hyperbolic tangent of x: -i·atan(i·x).
func Atanh(x complex128) complex128 { return timesMinusI(Atan(timesI(x))) }

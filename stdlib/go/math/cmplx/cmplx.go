// Package cmplx provides basic constants and mathematical functions for complex
// numbers.
//
// The results are bit-identical with Go's: finite arguments use the formulas of
// Moshier's Cephes library (cmplx.c), values with an infinite or NaN part follow the
// special cases of C99 Annex G. The circular functions of a non-finite argument are
// their hyperbolic twins turned a quarter (sin z = -i sinh iz, and so on), as Annex G
// defines them.
package cmplx

import "math"

// Abs is the modulus |x|.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Conj is x with its imaginary part negated.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Phase is the argument of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar is x in polar form: x = r·e^(iθ), θ in [-Pi, Pi].
func Polar(x complex128) (r, θ float64) {
	r, θ = Abs(x), Phase(x)
	return
}

// Rect is the complex number with modulus r and argument θ.
func Rect(r, θ float64) complex128 {
	sin, cos := math.Sincos(θ)
	return complex(r*cos, r*sin)
}

// Inf is the complex infinity +Inf+Inf i.
func Inf() complex128 { return complex(posInf, posInf) }

// NaN is a complex value that is not a number (NaN in both parts).
func NaN() complex128 { return complex(nan, nan) }

// IsInf: a part of x is infinite.
func IsInf(x complex128) bool { return infinite(real(x)) || infinite(imag(x)) }

// IsNaN: a part of x is NaN and no part is infinite.
func IsNaN(x complex128) bool {
	return !IsInf(x) && (real(x) != real(x) || imag(x) != imag(x))
}

var (
	posInf = math.Inf(1)
	nan    = math.NaN()
)

func infinite(f float64) bool { return f > math.MaxFloat64 || f < -math.MaxFloat64 }

// wild: f is infinite or NaN.
func wild(f float64) bool { return !(f >= -math.MaxFloat64 && f <= math.MaxFloat64) }

// signedZero is 0 with the sign of like.
func signedZero(like float64) float64 { return math.Copysign(0, like) }

// timesI and timesMinusI turn z a quarter to the left or right (exactly).
func timesI(z complex128) complex128      { return complex(-imag(z), real(z)) }
func timesMinusI(z complex128) complex128 { return complex(imag(z), -real(z)) }

// Exp is e raised to x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re != re && im == 0:
		return complex(re, im)
	case !infinite(re):
	case im == 0 && re > 0:
		return x
	case wild(im) && re > 0:
		return complex(posInf, nan)
	case wild(im):
		return complex(0, signedZero(im))
	}
	scale := math.Exp(re)
	sin, cos := math.Sincos(im)
	return complex(scale*cos, scale*sin)
}

// Log is the principal natural logarithm of x (imaginary part in [-Pi, Pi]).
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Log10 is the principal decimal logarithm of x.
func Log10(x complex128) complex128 {
	ln := Log(x)
	const k = math.Log10E
	return complex(k*real(ln), k*imag(ln))
}

// Sqrt is the principal square root of x: real part ≥ 0, imaginary part with the sign
// of imag(x).
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		// On the real axis the imaginary part keeps its sign (and zero stays zero).
		switch {
		case re == 0:
			return complex(0, im)
		case re < 0:
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if infinite(im) {
		return complex(posInf, im)
	}
	if re == 0 {
		half := math.Sqrt(0.5 * math.Abs(im))
		return complex(half, math.Copysign(half, im))
	}
	return cephesSqrt(re, im)
}

// cephesSqrt is Sqrt off the axes: with r = |z|, the larger of the two parts is
// sqrt((r ± re)/2) and the other im/(2·that); the arguments are scaled by a power of
// two first (down by 4 when large, up by 2^54 otherwise) so neither overflows nor
// underflows, and the result is scaled back by the square root of that factor.
func cephesSqrt(re, im float64) complex128 {
	down := math.Abs(re) > 4 || math.Abs(im) > 4
	factor, back := 1.8014398509481984e16, 7.450580596923828125e-9 // 2^54, 2^-27
	if down {
		factor, back = 0.25, 2
	}
	a, b := re*factor, im*factor
	r := math.Hypot(a, b)
	var big, other float64
	if a > 0 {
		big = math.Sqrt(0.5*r + 0.5*a)
	} else {
		big = math.Sqrt(0.5*r - 0.5*a)
	}
	other = back * math.Abs((0.5*b)/big)
	big *= back
	if a <= 0 {
		big, other = other, big
	}
	if b < 0 {
		other = -other
	}
	return complex(big, other)
}

// Pow is x raised to y. Zero raised to anything follows math.Pow: 1 for a zero
// exponent, 0 for a positive real part, Inf+0i for a negative real exponent and
// Inf+Inf i for a negative real part with an imaginary part; NaN for a NaN exponent.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		return zeroPow(y)
	}
	mod := Abs(x)
	if mod == 0 {
		return 0 // x underflows to zero modulus
	}
	// |x|^y = |x|^re(y) · e^(-im(y)·arg x), at angle re(y)·arg x + im(y)·ln|x|.
	arg := Phase(x)
	size := math.Pow(mod, real(y))
	angle := real(y) * arg
	if im := imag(y); im != 0 {
		size *= math.Exp(-im * arg)
		angle += im * math.Log(mod)
	}
	sin, cos := math.Sincos(angle)
	return complex(size*cos, size*sin)
}

func zeroPow(y complex128) complex128 {
	re := real(y)
	switch {
	case IsNaN(y):
		return NaN()
	case re == 0:
		return 1
	case re > 0:
		return 0
	case imag(y) == 0:
		return complex(posInf, 0)
	}
	return Inf()
}

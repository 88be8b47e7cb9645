package cmplx

import "math"

// sinhcosh is sinh and cosh of x: package math's near zero, else both from one
// exponential, (e^x ∓ e^-x)/2.
func sinhcosh(x float64) (sinh, cosh float64) {
	if math.Abs(x) > 0.5 {
		ex := math.Exp(x)
		half, halfInv := 0.5*ex, 0.5/ex
		return half - halfInv, half + halfInv
	}
	sinh = math.Sinh(x)
	cosh = math.Cosh(x)
	return
}

// Sinh is the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	if r, ok := hyperbolicEdge(x, true); ok {
		return r
	}
	sin, cos := math.Sincos(imag(x))
	sh, ch := sinhcosh(real(x))
	return complex(cos*sh, sin*ch)
}

// Cosh is the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	if r, ok := hyperbolicEdge(x, false); ok {
		return r
	}
	sin, cos := math.Sincos(imag(x))
	sh, ch := sinhcosh(real(x))
	return complex(cos*ch, sin*sh)
}

// hyperbolicEdge is the Annex G result of Sinh (odd) or Cosh (!odd) at the arguments
// where the formula would give NaN where a number (or signed zero) is due; ok is false
// elsewhere.
func hyperbolicEdge(x complex128, odd bool) (r complex128, ok bool) {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && wild(im):
		// sinh(±0 + i∞) = ±0 + NaN i; cosh is NaN ± 0i.
		if odd {
			return complex(re, nan), true
		}
		return complex(nan, re*math.Copysign(0, im)), true
	case infinite(re) && im == 0:
		if odd {
			return x, true
		}
		return complex(posInf, im*math.Copysign(0, re)), true
	case infinite(re) && wild(im):
		if odd {
			return complex(re, nan), true
		}
		return complex(posInf, nan), true
	case re != re && im == 0:
		return complex(nan, im), true
	}
	return 0, false
}

// Tanh is the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if infinite(re) {
		// ±1, with a zero imaginary part signed as sin(2 im) (as im when that is
		// not a number).
		sign := im
		if !wild(im) {
			sign = math.Sin(2 * im)
		}
		return complex(math.Copysign(1, re), math.Copysign(0, sign))
	}
	if re != re && im == 0 {
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// finite: both parts of z are finite.
func finite(z complex128) bool { return !wild(real(z)) && !wild(imag(z)) }

// Sin is the sine of x.
func Sin(x complex128) complex128 {
	if !finite(x) {
		return timesMinusI(Sinh(timesI(x)))
	}
	sin, cos := math.Sincos(real(x))
	sh, ch := sinhcosh(imag(x))
	return complex(sin*ch, cos*sh)
}

// Cos is the cosine of x.
func Cos(x complex128) complex128 {
	if !finite(x) {
		if real(x) == 0 && imag(x) != imag(x) {
			return complex(nan, 0) // Go picks +0 where Annex G leaves the sign open
		}
		return Cosh(timesI(x))
	}
	sin, cos := math.Sincos(real(x))
	sh, ch := sinhcosh(imag(x))
	return complex(cos*ch, -sin*sh)
}

// Tan is the tangent of x: (sin 2re + i sinh 2im) / (cos 2re + cosh 2im), the
// denominator summed as a series where it nearly cancels.
func Tan(x complex128) complex128 {
	if !finite(x) {
		return timesMinusI(Tanh(timesI(x)))
	}
	re2, im2 := 2*real(x), 2*imag(x)
	d := math.Cos(re2) + math.Cosh(im2)
	if math.Abs(d) < 0.25 {
		d = nearPoleDenominator(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(re2)/d, math.Sinh(im2)/d)
}

// Cot is the cotangent of x: (sin 2re - i sinh 2im) / (cosh 2im - cos 2re).
func Cot(x complex128) complex128 {
	re2, im2 := 2*real(x), 2*imag(x)
	d := math.Cosh(im2) - math.Cos(re2)
	if math.Abs(d) < 0.25 {
		d = nearPoleDenominator(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(re2)/d, -math.Sinh(im2)/d)
}

// nearPoleDenominator sums the Taylor series of cosh 2y - cos 2x (x = re z reduced
// modulo Pi, y = im z; a = (2x)², b = (2y)²): the terms are (b^k + a^k)/(2k)! for odd
// k and (b^k - a^k)/(2k)! for even k, and the sum stops after an even-k term that is
// below the unit roundoff relative to the sum (Cephes' ctans).
func nearPoleDenominator(z complex128) float64 {
	const unitRoundoff = 0x1p-53
	x := modPi(math.Abs(2 * real(z)))
	y := math.Abs(2 * imag(z))
	x, y = x*x, y*y
	var sum, term float64
	fact, xp, yp, n := 1.0, 1.0, 1.0, 0.0
	for k := 0; ; k++ {
		n++
		fact *= n
		n++
		fact *= n
		xp *= x
		yp *= y
		if k%2 == 0 {
			term = (yp + xp) / fact
		} else {
			term = (yp - xp) / fact
		}
		sum += term
		if k%2 == 1 && !(math.Abs(term/sum) > unitRoundoff) {
			return sum
		}
	}
}

package math

// Inf is +Inf for sign >= 0 and -Inf otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN is a quiet not-a-number.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is not a number.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either (sign == 0).
func IsInf(f float64, sign int) bool {
	switch {
	case f > MaxFloat64:
		return sign >= 0
	case f < -MaxFloat64:
		return sign <= 0
	}
	return false
}

// Signbit reports whether x's sign bit is set (true for -0 as well).
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Copysign is |f| with the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Abs returns the absolute value of x. Abs(±Inf) = +Inf; Abs(NaN) = NaN.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signMask) }

// Max returns the larger of x or y. Max(x, +Inf) = Max(+Inf, x) = +Inf;
// Max(x, NaN) = Max(NaN, x) = NaN; Max(+0, ±0) = Max(±0, +0) = +0; Max(-0, -0) = -0.
func Max(x, y float64) float64 {
	switch {
	case x > MaxFloat64 || y > MaxFloat64:
		return Inf(1)
	case x != x || y != y:
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y. Min(x, -Inf) = Min(-Inf, x) = -Inf;
// Min(x, NaN) = Min(NaN, x) = NaN; Min(-0, ±0) = Min(±0, -0) = -0.
func Min(x, y float64) float64 {
	switch {
	case x < -MaxFloat64 || y < -MaxFloat64:
		return Inf(-1)
	case x != x || y != y:
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns the maximum of x-y or 0. Dim(+Inf, +Inf) = NaN; Dim(-Inf, -Inf) = NaN;
// Dim(x, NaN) = Dim(NaN, x) = NaN.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0 // v is negative or 0
	}
	return v // v is positive or NaN
}

// Frexp splits f into a fraction with magnitude in [½, 1) and a power of two:
// f == frac × 2**exp. Zeros, infinities and NaN come back unchanged with exp 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f != f || f > MaxFloat64 || f < -MaxFloat64 {
		return f, 0
	}
	b := Float64bits(f)
	e := int(b>>52) & 0x7ff
	if e == 0 { // subnormal: scale into the normal range first
		b = Float64bits(f * 0x1p52)
		e = int(b>>52)&0x7ff - 52
	}
	// Give the fraction the exponent field of ½ (1022) and report the difference.
	return Float64frombits(b&^(0x7ff<<52) | 1022<<52), e - 1022
}

// Ldexp returns frac × 2**exp, correctly rounded (a single rounding when the result is
// subnormal); zeros, infinities and NaN are returned unchanged.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || frac != frac || frac > MaxFloat64 || frac < -MaxFloat64 {
		return frac
	}
	m, e := Frexp(frac)
	// frac = m × 2**e with |m| in [½, 1); the result is m × 2**total.
	total := e + exp
	switch {
	case exp > 1<<20 || total > 1024:
		return Copysign(Inf(1), frac)
	case exp < -1<<20 || total < -1075:
		return Copysign(0, frac)
	case total >= -1021: // normal: exact, as (2m) × 2**(total-1)
		return 2 * m * pow2(total-1)
	}
	// Subnormal: scale exactly to units of 2**-1074, then one rounding multiply.
	return m * pow2(total+1074) * 0x1p-1074
}

// pow2 is 2**k for -1022 <= k <= 1023, built from its bits.
func pow2(k int) float64 { return Float64frombits(uint64(k+1023) << 52) }

// Modf splits f into its integer part and fraction, both with f's sign. Modf(±Inf) = ±Inf,
// NaN; Modf(NaN) = NaN, NaN.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // ±0: both parts keep the sign
		}
		return 0, f
	}
	int = Trunc(f)
	frac = f - int // NaN for ±Inf
	return int, frac
}

// Ilogb is the binary exponent of x: e for x = 1.fff × 2**e. Ilogb(±Inf) = MaxInt32;
// Ilogb(0) = MinInt32; Ilogb(NaN) = MaxInt32.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case x != x, IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

// Logb returns the binary exponent of x. Logb(±Inf) = +Inf; Logb(0) = -Inf;
// Logb(NaN) = NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case x != x:
		return x
	}
	return float64(ilogb(x))
}

// ilogb is the exponent of finite nonzero x in the form 1.fff × 2**e.
func ilogb(x float64) int {
	_, e := Frexp(x)
	return e - 1
}

// Nextafter is the float64 adjacent to x in the direction of y (x if equal, NaN if
// either is NaN).
func Nextafter(x, y float64) (r float64) {
	switch {
	case x != x || y != y:
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(SmallestNonzeroFloat64, y)
	}
	// Away from zero is one step up in the bit pattern, toward zero one step down.
	b := Float64bits(x)
	if (y > x) == (x > 0) {
		b++
	} else {
		b--
	}
	return Float64frombits(b)
}

// Nextafter32 is Nextafter for float32.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		tiny := float32(SmallestNonzeroFloat32)
		if Signbit(float64(y)) {
			tiny = -tiny
		}
		return tiny
	}
	b := Float32bits(x)
	if (y > x) == (x > 0) {
		b++
	} else {
		b--
	}
	return Float32frombits(b)
}

// Round rounds to the nearest whole number, halves away from zero.
func Round(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e < bias {
		// |x| < 1: keep the sign, round to 0 or 1.
		bits &= signMask
		if e == bias-1 {
			bits |= uvone
		}
	} else if e < bias+shift {
		// Add half a unit at the integer boundary, then clear the fraction bits.
		const half = 1 << (shift - 1)
		e -= bias
		bits += half >> e
		bits &^= fracMask >> e
	}
	return Float64frombits(bits)
}

// RoundToEven rounds to the nearest whole number, halves to the even one: a half
// is rounded as x/2 to the nearest whole number and doubled (both steps exact).
func RoundToEven(x float64) float64 {
	r := Round(x)
	if Abs(x-Trunc(x)) == 0.5 {
		r = 2 * Round(x/2)
	}
	return r
}

const uvone = 0x3FF0000000000000

// Pow10 is 10**n: 0 below -323 and +Inf above 308.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10pos32[n/32] * pow10small[n%32]
	}
	if -323 <= n && n <= 0 {
		return pow10neg32[-n/32] / pow10small[-n%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

// pow10small[i] = 10**i, pow10pos32[i] = 10**(32i), pow10neg32[i] = 10**(-32i).
var pow10small = [32]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
}

var pow10pos32 = [10]float64{1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10neg32 = [11]float64{1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

// Sincos is Sin(x) and Cos(x) together.
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }

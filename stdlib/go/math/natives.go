package math

// Natives: implemented by the VM with the host's IEEE 754 operations (see
// stdlib/NATIVES.md). Special cases (NaN, ±Inf, ±0) follow the Go documentation of each
// function, which matches C99 Annex F for all of them.

// Float64bits is f's IEEE 754 bit pattern.
func Float64bits(f float64) uint64

// Float64frombits is the float64 with bit pattern b.
func Float64frombits(b uint64) float64

// Float32bits is f's IEEE 754 bit pattern.
func Float32bits(f float32) uint32

// Float32frombits is the float32 with bit pattern b.
func Float32frombits(b uint32) float32

// Sqrt is the correctly rounded square root; NaN below zero, ±0 and +Inf map to themselves.
func Sqrt(x float64) float64

// Floor rounds x down to a whole number.
func Floor(x float64) float64

// Ceil rounds x up to a whole number.
func Ceil(x float64) float64

// Trunc drops x's fractional part.
func Trunc(x float64) float64

// Mod is x - n*y for n = x/y truncated: the exact remainder with x's sign (C fmod).
func Mod(x, y float64) float64

// Remainder is x - n*y for n = x/y rounded to nearest-even (IEEE remainder).
func Remainder(x, y float64) float64

// FMA is x*y + z rounded once.
func FMA(x, y, z float64) float64

// Exp is e to the power x.
func Exp(x float64) float64

// Exp2 is 2 to the power x.
func Exp2(x float64) float64

// Expm1 is e to the power x, minus one, precise for small x.
func Expm1(x float64) float64

// Log is the base-e logarithm.
func Log(x float64) float64

// Log2 is the base-2 logarithm (exact for powers of two).
func Log2(x float64) float64

// Log10 is the base-10 logarithm.
func Log10(x float64) float64

// Log1p is Log(1+x), precise for small x.
func Log1p(x float64) float64

// Pow raises x to the power y.
func Pow(x, y float64) float64

// Sin of an angle in radians.
func Sin(x float64) float64

// Cos of an angle in radians.
func Cos(x float64) float64

// Tan of an angle in radians.
func Tan(x float64) float64

// Asin is the angle in radians whose sine is x.
func Asin(x float64) float64

// Acos is the angle in radians whose cosine is x.
func Acos(x float64) float64

// Atan is the angle in radians whose tangent is x.
func Atan(x float64) float64

// Atan2 is the angle of the point (x, y) from the positive x axis, in (-Pi, Pi].
func Atan2(y, x float64) float64

// Sinh: hyperbolic sine.
func Sinh(x float64) float64

// Cosh: hyperbolic cosine.
func Cosh(x float64) float64

// Tanh: hyperbolic tangent.
func Tanh(x float64) float64

// Asinh: inverse of Sinh.
func Asinh(x float64) float64

// Acosh: inverse of Cosh.
func Acosh(x float64) float64

// Atanh: inverse of Tanh.
func Atanh(x float64) float64

// Cbrt is the real cube root.
func Cbrt(x float64) float64

// Hypot is the length of the vector (p, q), without intermediate overflow.
func Hypot(p, q float64) float64

// Erf: the error function.
func Erf(x float64) float64

// Erfc is 1 - Erf(x), precise where Erf is close to 1.
func Erfc(x float64) float64

// Gamma: the gamma function.
func Gamma(x float64) float64

// Erfinv is the inverse of Erf.
func Erfinv(x float64) float64

// Erfcinv is the inverse of Erfc.
func Erfcinv(x float64) float64

// Lgamma is log|Gamma(x)| and the sign of Gamma(x).
func Lgamma(x float64) (lgamma float64, sign int)

// J0, J1 and Jn are Bessel functions of the first kind, of order 0, 1 and n.
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64

// Y0, Y1 and Yn are Bessel functions of the second kind, of order 0, 1 and n.
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64

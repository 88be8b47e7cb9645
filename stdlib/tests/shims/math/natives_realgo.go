// Test shim: math natives backed by real Go's math package.
package math

import gomath "math"

func Float64bits(f float64) uint64     { return gomath.Float64bits(f) }
func Float64frombits(b uint64) float64 { return gomath.Float64frombits(b) }
func Float32bits(f float32) uint32     { return gomath.Float32bits(f) }
func Float32frombits(b uint32) float32 { return gomath.Float32frombits(b) }
func Sqrt(x float64) float64           { return gomath.Sqrt(x) }
func Floor(x float64) float64          { return gomath.Floor(x) }
func Ceil(x float64) float64           { return gomath.Ceil(x) }
func Trunc(x float64) float64          { return gomath.Trunc(x) }
func Mod(x, y float64) float64         { return gomath.Mod(x, y) }
func Remainder(x, y float64) float64   { return gomath.Remainder(x, y) }
func FMA(x, y, z float64) float64      { return gomath.FMA(x, y, z) }
func Exp(x float64) float64            { return gomath.Exp(x) }
func Exp2(x float64) float64           { return gomath.Exp2(x) }
func Expm1(x float64) float64          { return gomath.Expm1(x) }
func Log(x float64) float64            { return gomath.Log(x) }
func Log2(x float64) float64           { return gomath.Log2(x) }
func Log10(x float64) float64          { return gomath.Log10(x) }
func Log1p(x float64) float64          { return gomath.Log1p(x) }
func Pow(x, y float64) float64         { return gomath.Pow(x, y) }
func Sin(x float64) float64            { return gomath.Sin(x) }
func Cos(x float64) float64            { return gomath.Cos(x) }
func Tan(x float64) float64            { return gomath.Tan(x) }
func Asin(x float64) float64           { return gomath.Asin(x) }
func Acos(x float64) float64           { return gomath.Acos(x) }
func Atan(x float64) float64           { return gomath.Atan(x) }
func Atan2(y, x float64) float64       { return gomath.Atan2(y, x) }
func Sinh(x float64) float64           { return gomath.Sinh(x) }
func Cosh(x float64) float64           { return gomath.Cosh(x) }
func Tanh(x float64) float64           { return gomath.Tanh(x) }
func Asinh(x float64) float64          { return gomath.Asinh(x) }
func Acosh(x float64) float64          { return gomath.Acosh(x) }
func Atanh(x float64) float64          { return gomath.Atanh(x) }
func Cbrt(x float64) float64           { return gomath.Cbrt(x) }
func Hypot(p, q float64) float64       { return gomath.Hypot(p, q) }
func Erf(x float64) float64            { return gomath.Erf(x) }
func Erfc(x float64) float64           { return gomath.Erfc(x) }
func Gamma(x float64) float64          { return gomath.Gamma(x) }
func Lgamma(x float64) (float64, int)  { return gomath.Lgamma(x) }
func J0(x float64) float64             { return gomath.J0(x) }
func J1(x float64) float64             { return gomath.J1(x) }
func Jn(n int, x float64) float64      { return gomath.Jn(n, x) }
func Y0(x float64) float64             { return gomath.Y0(x) }
func Y1(x float64) float64             { return gomath.Y1(x) }
func Yn(n int, x float64) float64      { return gomath.Yn(n, x) }
func Erfinv(x float64) float64          { return gomath.Erfinv(x) }
func Erfcinv(x float64) float64         { return gomath.Erfcinv(x) }

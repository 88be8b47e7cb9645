// Rosetta: haversine, numerical integration, Gamma/Lgamma, Erf, nth root, AGM, statistics,
// complex numbers, trig identities: printed with full precision.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6372.8
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Pow(math.Sin(dLat/2), 2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Pow(math.Sin(dLon/2), 2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			s += 4 * f(x)
		} else {
			s += 2 * f(x)
		}
	}
	return s * h / 3
}

func nthRoot(a float64, n int) float64 {
	x := a / float64(n)
	for i := 0; i < 100; i++ {
		nx := (float64(n-1)*x + a/math.Pow(x, float64(n-1))) / float64(n)
		if math.Abs(nx-x) < 1e-15 {
			break
		}
		x = nx
	}
	return x
}

func agm(a, g float64) float64 {
	for math.Abs(a-g) > math.Abs(a)*1e-15 {
		a, g = (a+g)/2, math.Sqrt(a*g)
	}
	return a
}

func main() {
	fmt.Println(haversine(36.12, -86.67, 33.94, -118.40))
	fmt.Println(simpson(func(x float64) float64 { return x * x * x }, 0, 1, 100), simpson(math.Sin, 0, math.Pi, 1000), simpson(func(x float64) float64 { return 1 / x }, 1, 100, 1000))
	for _, x := range []float64{0.5, 1, 1.5, 2.5, 4.2, 10, 0.1, -1.5} {
		lg, sign := math.Lgamma(x)
		fmt.Println(x, math.Gamma(x), lg, sign)
	}
	for _, x := range []float64{-2, -0.5, 0, 0.3, 1, 2.5} {
		fmt.Println(math.Erf(x), math.Erfc(x), math.Erfinv(x/3))
	}
	fmt.Println(nthRoot(34, 5), math.Cbrt(34), math.Pow(34, 0.2), agm(1, 1/math.Sqrt2))
	xs := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	mean, sq := 0.0, 0.0
	for _, x := range xs {
		mean += x
		sq += x * x
	}
	mean /= float64(len(xs))
	fmt.Println(mean, math.Sqrt(sq/float64(len(xs))-mean*mean))
	for _, x := range []float64{0.1, 0.7, 1.3, 2.9, 12.5, 100.25, 1e-5} {
		fmt.Println(math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Asin(x/200), math.Acos(x/200), math.Sinh(x/10), math.Cosh(x/10), math.Tanh(x))
		fmt.Println(math.Exp(x), math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x), math.Expm1(x/10), math.Atan2(x, -1), math.Hypot(x, 3))
	}
	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), cmplx.Sqrt(c), cmplx.Exp(c), cmplx.Log(c), cmplx.Pow(c, 2), cmplx.Phase(c), cmplx.Sin(c), cmplx.Inf(), c*c/(1+2i))
	fmt.Printf("%.3f %8.2e %v %v\n", cmplx.Exp(1i*math.Pi)+1, c, real(c), 1/c)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt64, math.Inf(1), -math.Inf(1), math.NaN(), float32(math.Pi), math.Float64bits(1.5), math.Nextafter(1, 2))
	fmt.Println(math.Mod(7.5, 2), math.Remainder(7.5, 2), math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-2.7))
	fr, ex := math.Frexp(1000)
	ip, fp := math.Modf(-3.25)
	fmt.Println(fr, ex, ip, fp, math.Ldexp(0.5, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3))
}

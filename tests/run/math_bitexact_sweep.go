package main

// Differential sweep of the math functions: for each function, a hash of the exact bits of
// its results over N inputs (raw bit patterns, uniform ranges, log-uniform magnitudes),
// NaNs counted as one value. The expected output comes from Go, so every result must be
// bit-identical. N is 4000 here (`go run` / `minigo run math_bitexact_sweep.go 1000000`
// runs the full sweep).

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

var state uint64

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func input(i int, scale float64) float64 {
	r := next()
	switch i % 4 {
	case 0:
		return math.Float64frombits(r)
	case 1:
		return (float64(r>>11)/(1<<53)*2 - 1) * scale
	case 2:
		e := int(r>>52&0x7f) - 64
		m := 1 + float64(r&(1<<52-1))/(1<<52)
		if r&(1<<63) != 0 {
			m = -m
		}
		return math.Ldexp(m, e)
	default:
		return (float64(r>>11)/(1<<53)*2 - 1) * scale * 100
	}
}

type hash struct{ h, nan uint64 }

func (h *hash) add(v float64) {
	if v != v {
		h.nan++
		return
	}
	h.h ^= math.Float64bits(v)
	h.h *= 1099511628211
}

func main() {
	n := 4000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	unary := []struct {
		name  string
		f     func(float64) float64
		scale float64
	}{
		{"Sin", math.Sin, 10}, {"Cos", math.Cos, 10}, {"Tan", math.Tan, 10},
		{"Asin", math.Asin, 1}, {"Acos", math.Acos, 1}, {"Atan", math.Atan, 10},
		{"Exp", math.Exp, 10}, {"Exp2", math.Exp2, 10}, {"Log", math.Log, 10},
		{"Log2", math.Log2, 10}, {"Log10", math.Log10, 10},
		{"Sinh", math.Sinh, 10}, {"Cosh", math.Cosh, 10}, {"Tanh", math.Tanh, 2},
		{"Cbrt", math.Cbrt, 10}, {"Gamma", math.Gamma, 10},
		{"Erf", math.Erf, 3}, {"Erfc", math.Erfc, 3},
		{"Expm1", math.Expm1, 10}, {"Log1p", math.Log1p, 10}, {"Asinh", math.Asinh, 10},
		{"Acosh", math.Acosh, 10}, {"Atanh", math.Atanh, 1},
	}
	binary := []struct {
		name  string
		f     func(float64, float64) float64
		scale float64
	}{
		{"Atan2", math.Atan2, 10}, {"Pow", math.Pow, 10}, {"Hypot", math.Hypot, 10},
	}
	for _, u := range unary {
		state = 0x9E3779B97F4A7C15
		var h hash
		for i := 0; i < n; i++ {
			h.add(u.f(input(i, u.scale)))
		}
		fmt.Printf("%-6s %016x %d\n", u.name, h.h, h.nan)
	}
	for _, b := range binary {
		state = 0x9E3779B97F4A7C15
		var h hash
		for i := 0; i < n; i++ {
			x := input(i, b.scale)
			y := input(i/4, b.scale)
			h.add(b.f(x, y))
		}
		fmt.Printf("%-6s %016x %d\n", b.name, h.h, h.nan)
	}
	// Inputs programs print: well-known points and special cases.
	pts := []float64{0, math.Copysign(0, -1), 0.5, 1, -1, 2, math.Pi, math.Pi / 2, 1e-300, 1e300, 1 << 29, 1e22, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range pts {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x), math.Exp(x), math.Log(x), math.Cbrt(x), math.Gamma(x), math.Erf(x), math.Tanh(x))
		for _, y := range pts {
			fmt.Print(math.Pow(x, y), " ", math.Atan2(x, y), " ", math.Hypot(x, y), "|")
		}
		fmt.Println()
	}
	// Haversine distance (the example: last digits matter).
	lat1, lon1, lat2, lon2 := 51.5007*math.Pi/180, 0.1246*math.Pi/180, 40.6892*math.Pi/180, -74.0445*math.Pi/180
	a := math.Pow(math.Sin((lat2-lat1)/2), 2) + math.Cos(lat1)*math.Cos(lat2)*math.Pow(math.Sin((lon2-lon1)/2), 2)
	fmt.Println(2 * 6371 * math.Asin(math.Sqrt(a)))
	fmt.Println(math.Erfinv(0.5), math.Erfinv(-0.25), math.Erfinv(1), math.Erfinv(-1), math.Erfinv(2), math.Erfcinv(0.5), math.Erfcinv(1.5))
}

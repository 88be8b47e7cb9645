// Randomized differential test of big.Float: arithmetic in every rounding mode at
// assorted precisions, conversions, parsing and formatting, compared with real Go.
package main

import (
	"fmt"
	"math"
	"math/big"
)

var seed uint64 = 88172645463325252

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func randFloat() float64 {
	switch rnd() % 5 {
	case 0:
		return float64(int64(rnd()%2001) - 1000)
	case 1:
		return math.Ldexp(float64(rnd()%(1<<53)), int(rnd()%200)-100) * float64(1-2*int(rnd()%2))
	case 2:
		return float64(int64(rnd()%100)) / float64(1+rnd()%64)
	case 3:
		return 0
	}
	return math.Float64frombits(rnd()>>2 | 0x3000000000000000)
}

func main() {
	modes := []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf}
	precs := []uint{1, 2, 3, 7, 24, 53, 64, 100, 200}
	for i := 0; i < 1500; i++ {
		a, b := randFloat(), randFloat()
		p := precs[rnd()%uint64(len(precs))]
		m := modes[rnd()%uint64(len(modes))]
		x := big.NewFloat(a)
		y := big.NewFloat(b)
		z := new(big.Float).SetPrec(p).SetMode(m)
		var out []string
		out = append(out, z.Add(x, y).Text('g', -1), z.Acc().String())
		out = append(out, z.Sub(x, y).Text('e', 12), z.Acc().String())
		out = append(out, z.Mul(x, y).Text('x', -1), z.Acc().String())
		if b != 0 {
			out = append(out, z.Quo(x, y).Text('g', 20), z.Acc().String())
		}
		if a >= 0 {
			out = append(out, z.Sqrt(x).Text('f', 8))
		}
		out = append(out, z.Set(x).Text('b', 0), z.Acc().String(), fmt.Sprint(x.Cmp(y)))
		f64, acc := z.Float64()
		f32, acc32 := z.Float32()
		i64, acci := z.Int64()
		out = append(out, fmt.Sprint(f64, acc, f32, acc32, i64, acci, z.MinPrec(), z.MantExp(nil), z.IsInt()))
		s := fmt.Sprintf("%.*e", int(rnd()%25), a*float64(rnd()%1000))
		w, ok := new(big.Float).SetPrec(p).SetMode(m).SetString(s)
		if ok {
			out = append(out, s, w.Text('g', -1), w.Acc().String(), w.Text('p', 0))
		}
		fmt.Println(i, out)
	}
}

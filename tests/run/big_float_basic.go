// big.Float: arithmetic, rounding modes, conversions, Text/Format verbs and parsing, compared with real Go.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	x := big.NewFloat(1.5)
	y := big.NewFloat(2.25)
	z := new(big.Float).Add(x, y)
	fmt.Println(z, z.Prec(), z.Acc(), z.Text('g', -1), z.Text('e', 5), z.Text('f', 3))
	for _, v := range []float64{0, 1, -1, 0.1, 1.0 / 3, 123456789, 1e21, 1e-7, 6.02214076e23, math.Pi, -2.5e-300, 5e-324, math.MaxFloat64} {
		f := big.NewFloat(v)
		fmt.Println(f, f.Text('g', -1), f.Text('e', -1), f.Text('f', -1), f.Text('e', 3), f.Text('f', 2), f.Text('g', 5), f.Text('b', 0), f.Text('p', 0), f.Text('x', -1), f.Text('x', 3))
		fmt.Printf("%v %.3f %10.2e %-12g| %+g %08.3f %G %x\n", f, f, f, f, f, f, f, f)
	}
	two := new(big.Float).SetPrec(200).SetInt64(2)
	r := new(big.Float).SetPrec(200).Sqrt(two)
	fmt.Println(r.Text('f', 60), r.Text('g', 30), r)
	pi := new(big.Float).SetPrec(100)
	pi.SetString("3.14159265358979323846264338327950288419716939937510582097494459")
	fmt.Println(pi, pi.Text('f', 40), pi.Acc())
	q := new(big.Float).SetPrec(64).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(q, q.Text('g', 25), q.Acc(), q.MinPrec())
	for _, m := range []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf} {
		a := new(big.Float).SetPrec(4).SetMode(m)
		a.SetFloat64(2.5625)
		b := new(big.Float).SetPrec(4).SetMode(m)
		b.SetFloat64(-2.5625)
		c := new(big.Float).SetPrec(3).SetMode(m)
		c.SetFloat64(9)
		fmt.Println(m, a, a.Acc(), b, b.Acc(), c, c.Acc())
	}
	f1 := new(big.Float)
	f1.SetString("1e100")
	i, acc := f1.Int(nil)
	fmt.Println(f1, i, acc, f1.Prec())
	f2, _ := new(big.Float).SetString("-123.75")
	i64, acc := f2.Int64()
	u64, acc2 := f2.Uint64()
	fl, acc3 := f2.Float64()
	fmt.Println(i64, acc, u64, acc2, fl, acc3, f2.IsInt(), f2.Sign(), f2.MantExp(nil))
	fmt.Println(new(big.Float).SetInf(true), new(big.Float).SetInf(false), new(big.Float), new(big.Float).Neg(new(big.Float)))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x), new(big.Float).SetInf(true).Cmp(x))
	fact := new(big.Float).SetPrec(300).SetInt64(1)
	for k := int64(2); k <= 50; k++ {
		fact.Mul(fact, new(big.Float).SetInt64(k))
	}
	fmt.Println(fact, fact.Text('f', 0), fact.Text('e', 20))
	h, _ := new(big.Float).SetString("0x1.8p3")
	bb, _ := new(big.Float).SetString("0b101.1")
	fmt.Println(h, bb, new(big.Float).SetRat(big.NewRat(1, 3)), new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(1), 100)))
	f32, a32 := big.NewFloat(0.1).Float32()
	fmt.Println(f32, a32)
	sub := new(big.Float).Sub(big.NewFloat(1), big.NewFloat(1))
	fmt.Println(sub, sub.Signbit())
	tiny := new(big.Float).SetMantExp(big.NewFloat(1), -1080)
	tf, ta := tiny.Float64()
	fmt.Println(tiny, tf, ta)
	for _, s := range []string{"1", "0.1", "1e-10", "12345678901234567890", "1.5e300", "-0", "inf", "-Inf", "1_000.5", "abc", "1.2.3", "1e", "0x1p-3", ""} {
		g, ok := new(big.Float).SetString(s)
		fmt.Println(s, g, ok)
	}
	var sc big.Float
	n, err := fmt.Sscan("2.75", &sc)
	fmt.Println(n, err, &sc)
	txt, _ := big.NewFloat(0.1).MarshalText()
	fmt.Println(string(txt))
}

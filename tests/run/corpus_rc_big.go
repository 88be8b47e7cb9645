package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	f := new(big.Int).MulRange(1, 50)
	fmt.Println(f)
	x := big.NewInt(2)
	x.Exp(x, big.NewInt(200), nil)
	fmt.Println(x, x.BitLen(), len(x.String()))
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Println(q, r)
	fmt.Println(new(big.Int).Neg(a).Text(16), a.Cmp(b), a.Sign(), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	fmt.Printf("%x %X %08d %s %v %+d\n", b, b, big.NewInt(42), a, a, b)
	fmt.Println(big.NewInt(97).ProbablyPrime(20), new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)))
	fmt.Println(new(big.Int).Sqrt(a), new(big.Int).Exp(big.NewInt(4), big.NewInt(13), big.NewInt(497)))
	// fibonacci 300
	p, c := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 300; i++ {
		p.Add(p, c)
		p, c = c, p
	}
	fmt.Println(p)
	rat := big.NewRat(3, 4)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5), rat.Num(), rat.Denom())
	r2, _ := new(big.Rat).SetString("3.125")
	fmt.Println(r2, r2.RatString(), new(big.Rat).SetFloat64(0.1))
	fl := new(big.Float).SetPrec(200).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 50))
	fmt.Println(fl)
	fmt.Printf("%.20f %g %.10e\n", fl, big.NewFloat(1.5), big.NewFloat(math.Pi))
	z := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(z, z.String(), z.Prec())
	ff, acc := z.Float64()
	fmt.Println(ff, acc)
	n := new(big.Int)
	n.SetBit(n, 100, 1)
	fmt.Println(n, n.Bit(100), n.TrailingZeroBits(), new(big.Int).Lsh(big.NewInt(1), 70), new(big.Int).Rsh(n, 90))
	fmt.Println(new(big.Int).And(big.NewInt(12), big.NewInt(10)), new(big.Int).Xor(big.NewInt(12), big.NewInt(10)), new(big.Int).Not(big.NewInt(5)))
	fmt.Println(new(big.Int).Binomial(100, 50), new(big.Int).Mod(big.NewInt(-7), big.NewInt(3)), new(big.Int).Rem(big.NewInt(-7), big.NewInt(3)))
	fmt.Println(new(big.Int).Div(big.NewInt(-7), big.NewInt(3)), new(big.Int).Quo(big.NewInt(-7), big.NewInt(3)), a.Int64(), b.IsInt64(), a.IsInt64())
	var s big.Int
	fmt.Sscan("1234567890123456789012", &s)
	fmt.Println(&s, s.String())
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), nil).String()[:30])
	fmt.Println(big.NewFloat(1e100).Text('g', 10), new(big.Float).SetMode(big.ToZero).SetPrec(10).SetFloat64(1.2345))
}

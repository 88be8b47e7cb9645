// Rosetta: arbitrary precision: 5^4^3^2, pi digits spigot, big factorials, Fibonacci, big.Rat/big.Float.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

func piDigits(n int) string {
	var sb strings.Builder
	q, r, t, k, m, x := big.NewInt(1), big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(3), big.NewInt(3)
	tmp1, tmp2 := new(big.Int), new(big.Int)
	for sb.Len() < n {
		tmp1.Mul(q, big.NewInt(4))
		tmp1.Add(tmp1, r)
		tmp1.Sub(tmp1, t)
		tmp2.Mul(m, t)
		if tmp1.Cmp(tmp2) < 0 {
			sb.WriteString(m.String())
			tmp1.Sub(r, tmp2)
			tmp1.Mul(tmp1, big.NewInt(10))
			tmp2.Mul(q, big.NewInt(3))
			tmp2.Add(tmp2, r)
			tmp2.Mul(tmp2, big.NewInt(10))
			tmp2.Quo(tmp2, t)
			m.Sub(tmp2, new(big.Int).Mul(m, big.NewInt(10)))
			q.Mul(q, big.NewInt(10))
			r.Set(tmp1)
		} else {
			tmp1.Mul(q, big.NewInt(2))
			tmp1.Add(tmp1, r)
			tmp1.Mul(tmp1, x)
			tmp2.Mul(q, big.NewInt(7))
			tmp2.Mul(tmp2, k)
			tmp2.Add(tmp2, big.NewInt(2))
			tmp3 := new(big.Int).Mul(r, x)
			tmp2.Add(tmp2, tmp3)
			t.Mul(t, x)
			tmp2.Quo(tmp2, t)
			m.Set(tmp2)
			q.Mul(q, k)
			t.Set(t)
			k.Add(k, big.NewInt(1))
			x.Add(x, big.NewInt(2))
			r.Set(tmp1)
		}
	}
	return sb.String()
}

func main() {
	x := new(big.Int).Exp(big.NewInt(4), new(big.Int).Exp(big.NewInt(3), big.NewInt(2), nil), nil)
	y := new(big.Int).Exp(big.NewInt(5), x, nil)
	s := y.String()
	fmt.Printf("5^4^3^2 has %d digits: %s ... %s\n", len(s), s[:20], s[len(s)-20:])
	fmt.Println(piDigits(60))
	f := big.NewInt(1)
	for i := int64(2); i <= 100; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println(f, f.BitLen(), len(f.Text(36)))
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 300; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println(a)
	r := big.NewRat(1, 1)
	for i := 2; i <= 20; i++ {
		r.Add(r, big.NewRat(1, int64(i)))
	}
	fmt.Println(r, r.FloatString(30))
	bf := new(big.Float).SetPrec(200)
	bf.SetInt64(2)
	bf.Sqrt(bf)
	fmt.Println(bf.Text('f', 50), bf.Text('g', 20), bf.Prec(), bf.MinPrec())
	fmt.Printf("%.40f\n%v\n", bf, new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3)))
	q, m := new(big.Int).DivMod(big.NewInt(-17), big.NewInt(5), new(big.Int))
	qq, rr := new(big.Int).QuoRem(big.NewInt(-17), big.NewInt(5), new(big.Int))
	fmt.Println(q, m, qq, rr, new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)), big.NewInt(97).ProbablyPrime(20))
	n, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(n, ok, n.Sqrt(n), new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)))
	fmt.Printf("%x %X %o %b %08d %+d\n", big.NewInt(255), big.NewInt(255), big.NewInt(8), big.NewInt(5), big.NewInt(42), big.NewInt(7))
}

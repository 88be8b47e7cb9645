package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	rnd := func() *big.Int {
		n := r.Intn(300)
		x := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(n)))
		if r.Intn(2) == 0 {
			x.Neg(x)
		}
		return x
	}
	h := 0
	out := func(vs ...any) {
		s := fmt.Sprint(vs...)
		for _, c := range s {
			h = h*31 + int(c)
			h &= 0xffffffffffff
		}
	}
	for i := 0; i < 400; i++ {
		a, b := rnd(), rnd()
		out(a, b)
		out(new(big.Int).Add(a, b), new(big.Int).Sub(a, b), new(big.Int).Mul(a, b))
		if b.Sign() != 0 {
			q, m := new(big.Int).QuoRem(a, b, new(big.Int))
			out(q, m, new(big.Int).Div(a, b), new(big.Int).Mod(a, b))
		}
		out(new(big.Int).And(a, b), new(big.Int).Or(a, b), new(big.Int).Xor(a, b), new(big.Int).AndNot(a, b), new(big.Int).Not(a))
		out(a.Cmp(b), a.CmpAbs(b), a.BitLen(), a.TrailingZeroBits(), a.Bit(i%100), a.Int64(), a.Uint64(), a.IsInt64(), a.IsUint64())
		out(new(big.Int).Lsh(a, uint(i%130)), new(big.Int).Rsh(a, uint(i%130)), new(big.Int).SetBit(a, i%200, uint(i%2)))
		f, acc := a.Float64()
		out(f, acc)
		g, x, y := new(big.Int), new(big.Int), new(big.Int)
		g.GCD(x, y, a, b)
		out(g, x, y)
		out(a.Text(2), a.Text(7), a.Text(16), a.Text(36), a.Text(62))
		fmt.Sprintf("%x %X %o %b %#x %+d %30d %-30d| %.40d", a, a, a, a, a, a, a, a, a)
		if a.Sign() > 0 {
			out(new(big.Int).Sqrt(a))
			m := new(big.Int).Abs(b)
			if m.Sign() != 0 {
				out(new(big.Int).Exp(a, big.NewInt(int64(i)), m))
				out(new(big.Int).ModInverse(a, m))
			}
			out(a.ProbablyPrime(5))
		}
		out(new(big.Int).Exp(a, big.NewInt(int64(i%5)), nil))
		out(a.Bytes(), new(big.Int).SetBytes(b.Bytes()))
		if i%50 == 0 {
			fmt.Println(i, h)
		}
	}
	// primes
	c := 0
	for i := int64(0); i < 3000; i++ {
		if big.NewInt(i).ProbablyPrime(0) {
			c++
		}
	}
	fmt.Println("primes", c)
	p := new(big.Int).Lsh(big.NewInt(1), 521)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p.ProbablyPrime(10), new(big.Int).Add(p, big.NewInt(2)).ProbablyPrime(10))
	for _, pr := range []int64{7, 11, 13, 17, 29, 37, 41, 97, 113, 257, 65537, 1000003} {
		for x := int64(0); x < 40; x++ {
			s := new(big.Int).ModSqrt(big.NewInt(x), big.NewInt(pr))
			fmt.Print(s, " ")
		}
		fmt.Println()
	}
	for x := int64(-10); x < 10; x++ {
		for _, y := range []int64{1, 3, 5, -7, 9, -15, 21} {
			fmt.Print(big.Jacobi(big.NewInt(x), big.NewInt(y)), " ")
		}
	}
	fmt.Println()
	fmt.Println(new(big.Int).Binomial(100, 50), new(big.Int).MulRange(-10, -1), new(big.Int).MulRange(1, 50))
	fact := big.NewInt(1)
	for i := int64(1); i <= 1000; i++ {
		fact.Mul(fact, big.NewInt(i))
	}
	s := fact.String()
	fmt.Println(len(s), s[:50], s[len(s)-50:])
	z, _ := new(big.Int).SetString(s, 10)
	fmt.Println(z.Cmp(fact))
	var sc big.Int
	n, err := fmt.Sscan("  -0x1F rest", &sc)
	fmt.Println(n, err, &sc)
	n, err = fmt.Sscanf("ff", "%x", &sc)
	fmt.Println(n, err, &sc)
	n, err = fmt.Sscan("abc", &sc)
	fmt.Println(n, err, &sc)
	n, err = fmt.Sscan("123abc", &sc)
	fmt.Println(n, err, &sc)
	b1, _ := big.NewInt(-300).GobEncode()
	fmt.Println(b1)
	var gd big.Int
	fmt.Println(gd.GobDecode(b1), &gd, gd.GobDecode([]byte{4, 1}))
	j, _ := big.NewInt(-5).MarshalJSON()
	fmt.Println(string(j), gd.UnmarshalText([]byte("zz")), gd.UnmarshalJSON([]byte("0x10")), &gd)
	fmt.Println(big.Below, big.Exact, big.Above, big.Accuracy(3), big.ToZero, big.RoundingMode(9), big.MaxBase)
	fmt.Println(new(big.Int).Rand(rand.New(rand.NewSource(1)), big.NewInt(1000000)))
	fmt.Println(new(big.Int).Rand(rand.New(rand.NewSource(1)), new(big.Int).Lsh(big.NewInt(1), 100)))
	fmt.Println(big.NewInt(5).Append([]byte("x="), 10), string(big.NewInt(255).Append(nil, 16)))
	fb := big.NewInt(258).FillBytes(make([]byte, 4))
	fmt.Println(fb)
}

package main

import (
	"fmt"
	"math/big"
)

// Programs of the kind users write with math/big: factorials, Fibonacci numbers, digits
// of pi (Gibbons' unbounded spigot), RSA-style modular arithmetic, Mersenne primes.

func factorial(n int64) *big.Int {
	f := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		f.Mul(f, big.NewInt(i))
	}
	return f
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func piDigits(n int) string {
	q, r, t, k, m, x := big.NewInt(1), big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(3), big.NewInt(3)
	var out []byte
	four, three, two, ten := big.NewInt(4), big.NewInt(3), big.NewInt(2), big.NewInt(10)
	tmp1, tmp2 := new(big.Int), new(big.Int)
	for len(out) < n {
		tmp1.Mul(four, q)
		tmp1.Add(tmp1, r)
		tmp1.Sub(tmp1, t)
		tmp2.Mul(m, t)
		if tmp1.Cmp(tmp2) < 0 {
			out = append(out, byte('0'+m.Int64()))
			// q, r, m = 10q, 10(r - mt), 10(3q + r)/t - 10m
			tmp1.Mul(three, q)
			tmp1.Add(tmp1, r)
			tmp1.Mul(tmp1, ten)
			tmp1.Quo(tmp1, t)
			tmp2.Mul(m, t)
			r.Sub(r, tmp2)
			r.Mul(r, ten)
			m.Mul(m, ten)
			m.Sub(tmp1, m)
			q.Mul(q, ten)
		} else {
			// q, r, t, k, m, x = qk, (2q + r)x, tx, k+1, (q(7k+2) + rx)/(tx), x+2
			tmp1.Mul(two, q)
			tmp1.Add(tmp1, r)
			tmp1.Mul(tmp1, x)
			tmp2.Mul(big.NewInt(7), k)
			tmp2.Add(tmp2, two)
			tmp2.Mul(tmp2, q)
			q.Mul(q, k)
			tmp2.Add(tmp2, new(big.Int).Mul(r, x))
			r.Set(tmp1)
			t.Mul(t, x)
			m.Quo(tmp2, t)
			k.Add(k, big.NewInt(1))
			x.Add(x, two)
		}
	}
	return string(out)
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	f := factorial(1000)
	fmt.Println("1000! has", len(f.String()), "digits, digit sum", digitSum(f), "trailing zero bits", f.TrailingZeroBits())
	fmt.Println("100! =", factorial(100))
	fmt.Printf("fib(300) = %v\nfib(300) hex = %#x\n", fib(300), fib(300))
	fmt.Println("pi =", piDigits(120))
	// RSA with small textbook primes, then with 2^127-1 and 2^89-1.
	p, _ := new(big.Int).SetString("170141183460469231731687303715884105727", 10)
	q := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 89), big.NewInt(1))
	n := new(big.Int).Mul(p, q)
	phi := new(big.Int).Mul(new(big.Int).Sub(p, big.NewInt(1)), new(big.Int).Sub(q, big.NewInt(1)))
	e := big.NewInt(65537)
	d := new(big.Int).ModInverse(e, phi)
	msg := new(big.Int).SetBytes([]byte("minigo says hello"))
	c := new(big.Int).Exp(msg, e, n)
	back := new(big.Int).Exp(c, d, n)
	fmt.Println("n =", n, "\nd =", d, "\nc =", c)
	fmt.Printf("decrypted: %q\n", back.Bytes())
	fmt.Println(p.ProbablyPrime(20), q.ProbablyPrime(20), n.ProbablyPrime(20))
	var mersenne []int
	for _, k := range []uint{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127} {
		m := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), k), big.NewInt(1))
		if m.ProbablyPrime(10) {
			mersenne = append(mersenne, int(k))
		}
	}
	fmt.Println("Mersenne exponents:", mersenne)
	s := new(big.Int).Sqrt(new(big.Int).Mul(big.NewInt(2), new(big.Int).Exp(big.NewInt(10), big.NewInt(100), nil)))
	fmt.Println("sqrt(2) =", s)
	fmt.Println(new(big.Int).Binomial(1000, 500).String()[:40])
	x, _ := new(big.Int).SetString("-123456789abcdef0123456789", 16)
	fmt.Printf("%d %x %X %o %b\n", x, x, x, x, new(big.Int).Rsh(x, 60))
	fmt.Printf("[%40d] [%-40d] [%+040d]\n", x, x, x)
	fmt.Println(x.Text(36), x.Text(62), x.BitLen(), x.Sign(), x.IsInt64())
}

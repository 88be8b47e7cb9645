package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	vals := []*big.Rat{big.NewRat(1, 3), big.NewRat(-2, 4), big.NewRat(0, 5), big.NewRat(7, 1), big.NewRat(-22, 7), big.NewRat(355, 113), big.NewRat(1, 1<<40), new(big.Rat)}
	for _, x := range vals {
		fmt.Println(x, x.RatString(), x.FloatString(0), x.FloatString(3), x.FloatString(10), x.Sign(), x.IsInt(), x.Num(), x.Denom())
		f, ok := x.Float64()
		f32, ok32 := x.Float32()
		p, pok := x.FloatPrec()
		fmt.Println(f, ok, f32, ok32, p, pok)
		for _, y := range vals {
			fmt.Print(new(big.Rat).Add(x, y), " ", new(big.Rat).Sub(x, y), " ", new(big.Rat).Mul(x, y), " ", x.Cmp(y))
			if y.Sign() != 0 {
				fmt.Print(" ", new(big.Rat).Quo(x, y))
			}
			fmt.Println()
		}
	}
	for _, s := range []string{"1/3", "-4/6", "0x10/0b11", "3/-4", "3/0", "1.5", "-0.125", "1e3", "1.5e-3", "0x1.8p1", "0b101.1", "0o17", "017", "1_000", "0x_1p4", "abc", "", "1/", "/2", ".5", "5.", "1e", "1e+2", "0.1e-1", "+7", "-0", "123456789012345678901234567890.000000000000000000001", "1p3", "0x1e3", "1E2"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Printf("%q %v %v\n", s, r, ok)
	}
	for _, f := range []float64{0.1, -2.5, 1e300, 5e-324, math.MaxFloat64, 0, math.Copysign(0, -1), 3} {
		r := new(big.Rat).SetFloat64(f)
		g, ok := r.Float64()
		fmt.Println(r, g, ok)
	}
	fmt.Println(new(big.Rat).SetFloat64(math.Inf(1)) == nil)
	// Rounding of Float64/Float32 on tricky quotients.
	for _, p := range [][2]int64{{1, 3}, {2, 3}, {1, 10}, {9007199254740993, 1}, {9007199254740995, 1}, {1, 9007199254740993}, {16777217, 1}, {-1, 7}} {
		r := big.NewRat(p[0], p[1])
		f, ok := r.Float64()
		g, ok2 := r.Float32()
		fmt.Println(r, f, ok, g, ok2)
	}
	tiny := new(big.Rat).SetFrac(big.NewInt(3), new(big.Int).Lsh(big.NewInt(1), 1076))
	f, ok := tiny.Float64()
	fmt.Println(f, ok)
	tiny.SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 1075))
	f, ok = tiny.Float64()
	fmt.Println(f, ok)
	huge := new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), 1024))
	f, ok = huge.Float64()
	g, ok2 := huge.Float32()
	fmt.Println(f, ok, g, ok2)
	// Harmonic numbers and a continued fraction.
	h := new(big.Rat)
	for i := int64(1); i <= 30; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println(h, h.FloatString(20))
	e := big.NewRat(1, 1)
	for i := 20; i >= 1; i-- {
		e.Inv(e)
		e.Add(e, big.NewRat(1, 1))
	}
	fmt.Println(e, e.FloatString(15))
	fmt.Println(big.NewRat(5, 2).FloatString(0), big.NewRat(-5, 2).FloatString(0), big.NewRat(-1, 2).FloatString(0), big.NewRat(1, 20).FloatString(1), big.NewRat(-1, 3).FloatString(2), big.NewRat(-2, 3).FloatString(0))
	t, _ := big.NewRat(-3, 4).MarshalText()
	t2, _ := big.NewRat(8, 4).MarshalText()
	fmt.Println(string(t), string(t2))
	var u big.Rat
	fmt.Println(u.UnmarshalText([]byte("x")), u.UnmarshalText([]byte("7/21")), &u)
	gb, _ := big.NewRat(-3, 4).GobEncode()
	fmt.Println(gb)
	var gd big.Rat
	fmt.Println(gd.GobDecode(gb), &gd)
	var sc big.Rat
	n, err := fmt.Sscan("22/7", &sc)
	fmt.Println(n, err, &sc)
	n, err = fmt.Sscan("1.25", &sc)
	fmt.Println(n, err, &sc)
	fmt.Printf("%v %s %d\n", big.NewRat(1, 2), big.NewRat(3, 4), big.NewRat(5, 6))
	fmt.Println(new(big.Rat).Neg(big.NewRat(1, 2)), new(big.Rat).Abs(big.NewRat(-1, 2)), new(big.Rat).Inv(big.NewRat(-2, 3)), new(big.Rat).SetFrac64(6, -4), new(big.Rat).SetInt64(-9), new(big.Rat).SetUint64(1<<63))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		big.NewRat(1, 0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		new(big.Rat).Quo(big.NewRat(1, 2), new(big.Rat))
	}()
}

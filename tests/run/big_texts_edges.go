// Error and panic texts and range edges of math/big, compared with real Go.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %v\n", name, r)
		}
	}()
	f()
}

func main() {
	fmt.Println(big.MaxBase)
	for _, s := range []string{"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "-1", "0"} {
		x, _ := new(big.Int).SetString(s, 10)
		fmt.Println(s, x.IsInt64(), x.IsUint64(), x.TrailingZeroBits(), x.Bit(0), x.Bit(63))
	}
	try("SetBit", func() { new(big.Int).SetBit(big.NewInt(1), 3, 2) })
	try("Sqrt", func() { new(big.Int).Sqrt(big.NewInt(-4)) })
	try("ProbablyPrime", func() { big.NewInt(7).ProbablyPrime(-1) })
	try("FillBytes", func() { big.NewInt(70000).FillBytes(make([]byte, 2)) })
	try("Text", func() { big.NewInt(5).Text(63) })
	try("Jacobi", func() { big.Jacobi(big.NewInt(3), big.NewInt(4)) })
	try("Jacobi0", func() { big.Jacobi(big.NewInt(3), big.NewInt(0)) })
	fmt.Println(big.Jacobi(big.NewInt(3), big.NewInt(7)), big.Jacobi(big.NewInt(-3), big.NewInt(-7)))
	fmt.Println(new(big.Int).UnmarshalText([]byte("12x")))
	fmt.Println(new(big.Rat).UnmarshalText([]byte("1/0")))
	var z big.Int
	fmt.Println(z.GobDecode([]byte{9, 1}), z.GobDecode(nil), z.String())
	var r big.Rat
	fmt.Println(r.GobDecode([]byte{1}), r.GobDecode([]byte{9, 0, 0, 0, 1, 1}), r.GobDecode([]byte{2, 0, 0, 0, 9, 1}))
	g, err := big.NewRat(-3, 4).GobEncode()
	fmt.Println(g, err, r.GobDecode(g), r.String())
	g, err = big.NewInt(-300).GobEncode()
	fmt.Println(g, err, z.GobDecode(g), z.String())
	var a big.Int
	_, err = fmt.Sscanf("0x1f", "%v", &a)
	fmt.Println(a.String(), err)
	_, err = fmt.Sscanf("12", "%q", &a)
	fmt.Println(err)
	_, err = fmt.Sscanf("1z", "%d", &a)
	fmt.Println(a.String(), err)
	var q big.Rat
	_, err = fmt.Sscanf("3/6", "%v", &q)
	fmt.Println(q.String(), err)
	_, err = fmt.Sscanf("3/6", "%d", &q)
	fmt.Println(err)
	_, err = fmt.Sscanf("3//6", "%v", &q)
	fmt.Println(err)
	for _, s := range []string{"3/6", "-3/-6", "3/+6", "0x10/4", "1/0", "/2", "2/", "1.5", "1e3", "-0.125", "0b101/11"} {
		x, ok := new(big.Rat).SetString(s)
		fmt.Println(s, x, ok)
	}
	fmt.Println(new(big.Rat).SetFloat64(math.Inf(1)), new(big.Rat).SetFloat64(math.NaN()), new(big.Rat).SetFloat64(-0.375))
	fmt.Printf("%q|%8d|%-8d|%08d|%+x|%#o|%.5d|%.0d|%z\n", big.NewInt(42), big.NewInt(-42), big.NewInt(42), big.NewInt(-42), big.NewInt(255), big.NewInt(8), big.NewInt(-7), big.NewInt(0), big.NewInt(3))
	fmt.Println(big.NewRat(6, -4), big.NewRat(0, 5).IsInt(), big.NewRat(4, 2).IsInt())
	fmt.Println(new(big.Int).Rsh(big.NewInt(-5), 1), new(big.Int).Rsh(big.NewInt(-4), 1), new(big.Int).Rsh(big.NewInt(-1), 10), new(big.Int).Lsh(big.NewInt(-3), 70))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(0), big.NewInt(-6)), new(big.Int).GCD(nil, nil, big.NewInt(-4), big.NewInt(0)))
	x, y := new(big.Int), new(big.Int)
	fmt.Println(new(big.Int).GCD(x, y, big.NewInt(0), big.NewInt(-6)), x, y)
}

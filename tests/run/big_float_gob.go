// Float.GobEncode/GobDecode: every kind, mode and accuracy, precisions that need one or several words, nil, short and bad buffers, and decoding into a Float with a precision (rounds to it).
package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	vals := []*big.Float{
		new(big.Float),
		big.NewFloat(1),
		big.NewFloat(-1.5),
		big.NewFloat(math.Inf(1)),
		big.NewFloat(math.Inf(-1)),
		new(big.Float).SetPrec(200).SetFloat64(0.1),
		new(big.Float).SetPrec(10).SetMode(big.ToZero).SetFloat64(0.1),
		new(big.Float).SetPrec(64).SetMode(big.AwayFromZero).SetInt64(12345678901),
		new(big.Float).SetPrec(100).SetMode(big.ToNegativeInf).SetFloat64(-3.75),
		new(big.Float).SetPrec(0),
		new(big.Float).SetPrec(1000).SetFloat64(1e300),
		new(big.Float).SetPrec(65).SetFloat64(1 + 0x1p-52),
		new(big.Float).SetPrec(33).SetFloat64(1 + 0x1p-32),
		new(big.Float).SetPrec(32).SetFloat64(1 + 0x1p-31),
		new(big.Float).SetPrec(8).SetFloat64(-0.0),
	}
	f, _, _ := big.ParseFloat("1e1000000", 10, 100, big.ToNearestEven)
	vals = append(vals, f)
	g := new(big.Float).SetPrec(20)
	g.Quo(big.NewFloat(1), big.NewFloat(3))
	vals = append(vals, g)
	for _, v := range vals {
		b, err := v.GobEncode()
		fmt.Println(v.Text('g', 20), v.Prec(), v.Mode(), v.Acc(), b, err)
		var w big.Float
		err = w.GobDecode(b)
		fmt.Println("  ", w.Text('g', 20), w.Prec(), w.Mode(), w.Acc(), err)
		var z *big.Float
		b2, err := z.GobEncode()
		fmt.Println("  nil", b2, err)
	}
	var w big.Float
	for _, b := range [][]byte{nil, {}, {2}, {1}, {1, 0}, {1, 0, 0, 0, 0, 10}, {1, 4, 0, 0, 0, 10}, {1, 4, 0, 0, 0, 10, 0, 0, 0, 1}, {1, 7, 0, 0, 0, 10}, {1, 6, 0, 0, 0, 10}} {
		err := w.GobDecode(b)
		fmt.Println(b, err, w.Text('g', 10), w.Prec(), w.Mode(), w.Acc())
	}
	// Decode into a Float with a set precision: rounds to it.
	x := new(big.Float).SetPrec(8)
	b, _ := new(big.Float).SetPrec(100).SetFloat64(math.Pi).GobEncode()
	fmt.Println(x.GobDecode(b), x.Text('g', 20), x.Prec(), x.Acc())
}

package main

import (
	"fmt"
	"math"
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
)

const third = 1.0 / 3
const bigInt = 1 << 62
const mixed = 'a' * 2.0
const strConst = "abc"

func main() {
	fmt.Println(Second, Millisecond*5)
	fmt.Printf("%T %T\n", Second, Microsecond)
	fmt.Println(third, float32(third))
	fmt.Println(bigInt, bigInt/(1<<60))
	fmt.Println(mixed)
	fmt.Printf("%T\n", mixed)
	fmt.Println(len(strConst), strConst[1])
	const f = 5 / 2
	const g = 5.0 / 2
	const h = 5 / 2.0
	fmt.Println(f, g, h)
	var x float64 = 5 / 2
	fmt.Println(x)
	const huge = 1e500
	fmt.Println(huge / 1e499)
	fmt.Println(math.MaxInt64 - 1 + 1)
	const u = ^uint8(0)
	fmt.Println(u)
	const neg = -5
	fmt.Println(uint8(neg & 0xff))
	var i int = 7
	fmt.Println(i / 2 * 2.0)
	fmt.Println(1<<3 + 1, 1<<(3+1))
	const c1 = 'x' - 'a'
	fmt.Println(c1)
	fmt.Printf("%T %T %T\n", 1, 1.0, 1i)
	var r = 'a' + 1
	fmt.Printf("%T %v\n", r, r)
	fmt.Println(0x1p4, 0o17, 0b1010, 1_000_000, 0x_FF)
}

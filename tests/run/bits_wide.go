// math/bits double-width arithmetic (natives Mul64, Mul, div128) and its panics.
package main

import (
	"fmt"
	"math/bits"
)

func try(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println("panic:", e.Error())
		}
	}()
	f()
}

func main() {
	xs := []uint64{0, 1, 2, 3, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, 1<<64 - 1, 0x123456789abcdef0, 0xfedcba9876543210}
	for _, x := range xs {
		for _, y := range xs {
			hi, lo := bits.Mul64(x, y)
			h2, l2 := bits.Mul(uint(x), uint(y))
			fmt.Println(x, y, hi, lo, h2, l2)
			if y != 0 {
				q, r := bits.Div64(hi%y, lo, y)
				q2, r2 := bits.Div(uint(hi%y), uint(lo), uint(y))
				fmt.Println(" ", q, r, q2, r2, bits.Rem64(hi, lo, y), bits.Rem32(uint32(hi), uint32(lo), uint32(y|1)))
			}
			s, c := bits.Add64(x, y, x&1)
			d, b := bits.Sub64(x, y, y&1)
			s32, c32 := bits.Add32(uint32(x), uint32(y), uint32(y&1))
			d32, b32 := bits.Sub32(uint32(x), uint32(y), uint32(x&1))
			fmt.Println(" ", s, c, d, b, s32, c32, d32, b32, bits.Reverse16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)))
		}
	}
	try(func() { bits.Div64(1, 0, 0) })
	try(func() { bits.Div64(5, 0, 5) })
	try(func() { bits.Div32(7, 0, 3) })
	try(func() { bits.Rem32(1, 2, 0) })
}

package main

import (
	"fmt"
	"strconv"
)

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Integer interface{ Signed | Unsigned }

type Float interface{ ~float32 | ~float64 }

type Real interface{ Integer | Float }

// Intersection of two type sets via embedding.
type SmallSigned interface {
	Signed
	~int8 | ~int16 | ~uint8
}

type Formatter interface {
	Format() string
}

type FormattableInt interface {
	Integer
	Formatter
}

type Hex uint16

func (h Hex) Format() string { return "0x" + strconv.FormatUint(uint64(h), 16) }

type Dec int32

func (d Dec) Format() string { return strconv.Itoa(int(d)) }

func SumAll[T Real](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Halve[T SmallSigned](x T) T { return x / 2 }

func FormatAll[T FormattableInt](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Format()+"("+strconv.Itoa(int(x*2))+")")
	}
	return out
}

func Bits[T Integer](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func Mod[T Integer](a, b T) T { return a % b }

func main() {
	fmt.Println(SumAll(1, 2, 3), SumAll(0.5, 0.25), SumAll[uint8](250, 10), SumAll[Hex](1, 2))
	fmt.Println(Halve(int8(-7)), Halve(int16(301)))
	fmt.Println(FormatAll([]Hex{255, 16}), FormatAll([]Dec{-4, 7}))
	fmt.Println(Bits(255), Bits(int8(-1)), Bits(uint64(1)<<63), Bits(Hex(0xf0f0)))
	fmt.Println(Mod(-7, 3), Mod(uint(7), 3), Mod[int8](-128, -1))
}

package main

import (
	"fmt"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Unsigned | Float
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Avg[T Number](xs ...T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

type Celsius float64
type Score int8
type Bytes uint8

type Stringish interface{ ~string | ~[]byte }

func Upper[T Stringish](s T) T {
	return T(strings.ToUpper(string(s)))
}

func Concat[T ~string](parts ...T) T {
	var r T
	for _, p := range parts {
		r += p
	}
	return r
}

type Path string

func Wrap[T Integer](x T, bits uint) T {
	return x << bits >> bits
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float32{0.5, 0.25}), Sum([]uint8{200, 100}))
	fmt.Println(Sum([]Celsius{20.5, 1.5}), Sum([]Score{100, 27}), Sum([]Score{100, 28}))
	fmt.Println(Abs(-3), Abs(Celsius(-2.5)), Abs(int8(-128)), Abs(3.0))
	fmt.Println(Avg(1, 2, 3, 4), Avg[Bytes](255, 1), Avg[float64]())
	fmt.Printf("%s %v %T\n", Upper("hi"), Upper([]byte("yo")), Upper(Path("/a/b")))
	fmt.Println(Concat[Path]("/usr", "/lib"), Concat("a", "b", "c"))
	fmt.Println(Wrap(int8(0x5f), 4), Wrap(int32(-1), 16), Wrap(1000, 60))
}

package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~float32 | ~float64
}

func Convert[To, From Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func ToFloat[T Number](x T) float64 { return float64(x) }

func Scale[T Number](x T, f float64) T { return T(float64(x) * f) }

func StrOf[T ~string | ~[]byte | ~[]rune](v T) string { return string(v) }

func FromStr[T ~string | ~[]byte | ~[]rune](s string) T { return T(s) }

type Celsius float64
type Fahrenheit float64

func CtoF[C ~float64, F ~float64](c C) F { return F(c*9/5 + 32) }

type Handle uint16

func Trunc[T ~uint8 | ~int8 | ~uint16](x int) T { return T(x) }

func Itoa[T ~int | ~int64 | ~int32](x T) string { return strconv.FormatInt(int64(x), 10) }

func AsAny[T any](x T) any { return x }

func main() {
	fmt.Println(Convert[int]([]float64{1.9, -2.7, 3}))
	fmt.Println(Convert[uint8]([]int{255, 256, 257, -1}))
	fmt.Println(Convert[float32]([]int64{1 << 40}))
	fmt.Println(Convert[Celsius]([]int8{-40, 100}))
	fmt.Println(ToFloat(int8(-3)), ToFloat(uint32(1<<31)), ToFloat(float32(0.1)))
	fmt.Println(Scale(10, 0.25), Scale(uint8(200), 1.5), Scale(Celsius(3), 2))
	fmt.Println(StrOf([]rune{0x4e16, 'x'}), StrOf([]byte("ok")), StrOf("s"))
	fmt.Println(FromStr[[]rune]("héé"), FromStr[[]byte]("hi"))
	f := CtoF[Celsius, Fahrenheit](100)
	fmt.Printf("%T %v\n", f, f)
	fmt.Println(Trunc[uint8](300), Trunc[int8](200), Trunc[Handle](70000))
	fmt.Println(Itoa(int32(-7)), Itoa(int64(1)<<62))
	fmt.Printf("%T %T\n", AsAny(Celsius(1)), AsAny[any](nil))
}

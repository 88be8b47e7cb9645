package main

import (
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

func SumSquares[T Integer | Float](xs []T) T {
	var s T
	for _, x := range xs {
		s += x * x
	}
	return s
}

func Convert[To, From Integer | Float](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Bytes[S ~string | ~[]byte](s S) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' {
			n++
		}
	}
	return n
}

func MakeN[S ~[]E, E any](n int, fill E) S {
	s := make(S, n)
	for i := range s {
		s[i] = fill
	}
	return s
}

func Reset[M ~map[K]V, K comparable, V any](m M) int {
	n := len(m)
	clear(m)
	return n
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + strconv.Quote(x)
	case fmt.Stringer:
		return "Stringer " + x.String()
	case nil:
		return "nil"
	}
	return fmt.Sprintf("other %T", v)
}

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d%3] }

type MyBytes []byte

func Shift[T Integer](x T, n uint) (T, T) { return x << n, x >> n }

func MinMax[T Integer | Float | ~string](xs ...T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi
}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() (z T) { return }

func main() {
	fmt.Println(SumSquares([]int{1, 2, 3}), SumSquares([]float64{0.5, 1.5}), SumSquares([]uint8{10, 20}))
	fmt.Println(Convert[float64]([]int{1, 2}), Convert[int8]([]float64{1.9, -2.9}), Convert[uint8]([]int{255, 256, 257}))
	fmt.Println(Bytes("Hello"), Bytes([]byte("abcXYZ")), Bytes(MyBytes("zz")))
	fmt.Println(MakeN[[]string](3, "x"), len(MakeN[MyBytes](2, 'q')))
	fmt.Printf("%T\n", MakeN[MyBytes](1, 0))
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(Reset(m), len(m))
	fmt.Println(Describe(3), Describe("s"), Describe(Weekday(1)), Describe[any](nil), Describe(2.5))
	fmt.Println(Shift(int8(-64), 1))
	fmt.Println(Shift(uint16(0xF00F), 4))
	fmt.Println(MinMax(3, 1, 4, 1, 5))
	fmt.Println(MinMax("pear", "apple", "zoo"))
	fmt.Println(MinMax(2.5, -1.0))
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"), Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%v %T\n", Zero[struct{ A int }](), Zero[map[string]bool]())
}

package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

type Num interface{ ~int | ~float64 }

func Avg[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func TypeName[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return fmt.Sprintf("%T", v)
}

type Number interface{ int | float64 }

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func PtrTo[T any](v T) *T { return &v }

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}))
	ints := []int{5, 2, 8, 1}
	SortSlice(ints)
	strs := []string{"pear", "apple", "fig"}
	SortSlice(strs)
	ids := []ID{3, 1, 2}
	SortSlice(ids)
	fmt.Println(ints, strs, ids)
	fmt.Println(Avg(1, 2, 3, 4), Avg(1.0, 2.0), Avg[ID](10, 20))
	fmt.Println(TypeName(1), TypeName("s"), TypeName(2.5), TypeName([]ID{}))
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, int]([]float64{1.7, -2.7}))
	p := PtrTo(42)
	*p++
	fmt.Println(*p, *PtrTo("s"))
}

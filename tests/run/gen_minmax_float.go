package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

func MinOf[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		m = min(m, v)
	}
	return m
}

func MaxOf[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		m = max(m, v)
	}
	return m
}

func Range[T ~float32 | ~float64](xs []T) (T, T) {
	return slices.Min(xs), slices.Max(xs)
}

type Meters float32

func main() {
	nan := math.NaN()
	fmt.Println(MinOf(3, 1, 2), MaxOf(3, 1, 2), MinOf("b", "a", "c"), MaxOf(-0.0, 0.0))
	fmt.Println(MinOf(1.0, nan, 0.5), MaxOf(nan, 1.0), MinOf(math.Inf(1), 2))
	fmt.Println(math.Signbit(MinOf(0.0, math.Copysign(0, -1))), math.Signbit(MaxOf(math.Copysign(0, -1), 0.0)))
	fmt.Println(Range([]float64{2, -1, 7}))
	fmt.Println(Range([]float64{2, nan, 7}))
	fmt.Println(Range([]Meters{1.5, 0.25}))
	fmt.Println(min(1, 2.5, 0.5), max(int8(3), -4), min("z", "zz"))
	var fs []float64
	for _, v := range []float64{3, nan, 1} {
		fs = append(fs, min(v, 2))
	}
	fmt.Println(fs)
}

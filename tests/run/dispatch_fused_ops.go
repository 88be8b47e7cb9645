// Fused and immediate instructions of the dispatch loop: counting loops (step and test in
// one instruction), float compare-and-branch with NaN, float constant operands, division
// by constants, wide immediates.
package main

import (
	"fmt"
	"math"
)

func countUp(lo, hi int) (n, last int) {
	for i := lo; i < hi; i++ {
		n++
		last = i
	}
	return
}

func limitChanges() int {
	n := 10
	s := 0
	for i := 0; i < n; i++ {
		if i == 3 {
			n = 6 // the limit is read at every test
		}
		if i == 1 {
			continue
		}
		s += i
	}
	return s
}

func closures() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func narrow() []int8 {
	var out []int8
	for i := int8(120); i < 127; i++ {
		out = append(out, i)
	}
	return out
}

func floatBranches(x, y float64) string {
	s := ""
	if x < y {
		s += "lt "
	}
	if !(x < y) {
		s += "!lt "
	}
	if x <= y {
		s += "le "
	}
	if !(x <= y) {
		s += "!le "
	}
	if x > y {
		s += "gt "
	}
	if !(x > y) {
		s += "!gt "
	}
	if x >= y {
		s += "ge "
	}
	if !(x >= y) {
		s += "!ge "
	}
	if x == y {
		s += "eq "
	}
	if x != y {
		s += "ne "
	}
	return s
}

func floatConsts(x float64) []float64 {
	return []float64{x + 1.5, x - 2.25, 2.25 - x, x * 0.5, x / 4, 3 / x, 1e300 * x, -0.0 * x}
}

func divConsts(x int64, y int8) []int64 {
	return []int64{x / 2, x % 2, x / -1, x % -1, x / 7, x % 7, int64(y / -1), int64(y % 3), int64(y / 2)}
}

func masks(x uint64, y int) []uint64 {
	return []uint64{x & 0xFFFF, x | 0x10000, x ^ 0x7FFFFFFF, uint64(y * 100000), uint64(y + 70000), uint64(y - 70000)}
}

func main() {
	fmt.Println(countUp(0, 5))
	fmt.Println(countUp(5, 0))
	fmt.Println(countUp(math.MaxInt64-3, math.MaxInt64))
	fmt.Println(countUp(-3, 0))
	fmt.Println(limitChanges())
	for _, f := range closures() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(narrow())
	s := 0
	for i := range 10 {
		s += i
	}
	for range 0 {
		s = -1
	}
	var empty []int
	for i := range empty {
		s += i + 1000
	}
	xs := []int{4, 5, 6}
	for i, v := range xs {
		s += i * v
	}
	fmt.Println(s)
	nan := math.NaN()
	for _, p := range [][2]float64{{1, 2}, {2, 1}, {1, 1}, {nan, 1}, {1, nan}, {nan, nan}, {math.Inf(1), math.Inf(-1)}} {
		fmt.Println(p[0], p[1], floatBranches(p[0], p[1]))
	}
	x := 4.0
	for x > 1 {
		x *= 0.5
	}
	for x < 100 && !math.IsNaN(x) {
		x = x*3 + 0.25
	}
	fmt.Println(x)
	fmt.Println(floatConsts(2), floatConsts(0), floatConsts(nan), floatConsts(math.Inf(-1)))
	fmt.Println(divConsts(math.MinInt64, -128), divConsts(-7, 127), divConsts(9, -3))
	fmt.Println(masks(0xFFFFFFFFFFFF, 3), masks(1, -5))
}

package main

import (
	"fmt"
	"math"
)

type Key struct {
	Name string
	ID   int
}

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	mi8 := map[int8]string{-1: "neg", 127: "max"}
	fmt.Println(mi8)
	mu := map[uint64]bool{1 << 63: true}
	fmt.Println(mu[1<<63], mu[0])
	ms := map[Key]int{{"a", 1}: 10, {"b", 2}: 20}
	ms[Key{"a", 1}] += 5
	fmt.Println(ms, ms[Key{"b", 2}])
	mf := map[float64]string{0.5: "half", 1: "one"}
	mf[-0.0] = "negzero"
	mf[0.0] = "zero"
	fmt.Println(len(mf), mf[0])
	nan := math.NaN()
	mn := map[float64]int{}
	mn[nan] = 1
	mn[nan] = 2
	fmt.Println(len(mn))
	_, ok := mn[nan]
	fmt.Println(ok)
	mc := map[complex128]int{1 + 2i: 3}
	fmt.Println(mc[1+2i])
	mif := map[interface{}]string{}
	mif[1] = "int"
	mif["1"] = "string"
	mif[int64(1)] = "int64"
	mif[Key{"k", 0}] = "struct"
	mif[[2]int{1, 2}] = "array"
	mif[nil] = "nil"
	mif[true] = "bool"
	fmt.Println(len(mif), mif[1], mif["1"], mif[int64(1)], mif[Key{"k", 0}], mif[[2]int{1, 2}], mif[nil], mif[true])
	msh := map[Shape]int{Sq{2}: 1}
	msh[Sq{2}]++
	fmt.Println(msh[Sq{2}])
	p1, p2 := &Key{"p", 1}, &Key{"p", 1}
	mp := map[*Key]int{p1: 1, p2: 2}
	fmt.Println(len(mp), mp[p1], mp[p2])
	mch := map[chan int]int{}
	c := make(chan int)
	mch[c] = 5
	fmt.Println(mch[c])
	mr := map[rune]int{}
	for _, r := range "hello" {
		mr[r]++
	}
	fmt.Println(mr)
	type Inner struct{ A [2]string }
	mi := map[Inner]bool{{[2]string{"x", "y"}}: true}
	fmt.Println(mi[Inner{[2]string{"x", "y"}}])
}

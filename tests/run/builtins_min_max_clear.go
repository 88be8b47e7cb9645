package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(1.5, -2.5), max(0.1, 0.2, 0.3))
	fmt.Println(min("b", "a", "c"), max("apple", "banana"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	fmt.Println(min(math.NaN(), 1), max(1, math.NaN()))
	fmt.Println(min(-0.0, 0.0), max(-0.0, 0.0))
	fmt.Println(math.Signbit(min(0.0, math.Copysign(0, -1))))
	fmt.Println(min(5))
	const c = max(1, 2.5)
	fmt.Println(c)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(m, len(m))
	var nm map[int]int
	clear(nm)
	ss := []string{"x", "y"}
	clear(ss[1:])
	fmt.Printf("%q\n", ss)
	type P struct{ A int }
	ps := []*P{{1}, {2}}
	clear(ps)
	fmt.Println(ps[0] == nil)
}

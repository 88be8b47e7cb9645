// `m[k] op= v` reads and writes the entry through one operand window; unsigned division
// and remainder by powers of two are shifts and masks (results as in Go).
package main

import "fmt"

type point struct{ x, y int }

func main() {
	counts := map[string]int{}
	for _, w := range []string{"a", "bb", "a", "ccc", "bb", "a"} {
		counts[w]++
		counts[w+"!"] += len(w)
	}
	fmt.Println(counts)
	sums := map[point]float64{}
	sums[point{1, 2}] += 1.5
	sums[point{1, 2}] *= 3
	sums[point{2, 1}] -= 0.25
	fmt.Println(sums)
	names := map[int]string{}
	names[1] += "x"
	names[1] += "y"
	names[2] = names[1] + "z"
	fmt.Println(names, len(names))
	var pairs = map[string]point{}
	pairs["p"] = point{3, 4}
	p := pairs["p"]
	p.x += pairs["p"].y
	pairs["q"] = p
	fmt.Println(pairs)
	keyCalls := 0
	key := func() string { keyCalls++; return "k" }
	counts[key()] += 10
	counts[key()]++
	fmt.Println(counts["k"], keyCalls)
	var nilMap map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["x"]++
	}()

	var u8 uint8 = 250
	var u32 uint32 = 0xfffffff7
	var u64 uint64 = 1<<64 - 3
	var u uint = 12345
	fmt.Println(u8/16, u8%16, u8/1, u8%1, u8/128, u8%128)
	fmt.Println(u32/1024, u32%1024, u32/(1<<30), u32%(1<<30))
	fmt.Println(u64/8, u64%8, u64/(1<<30), u64%(1<<30))
	fmt.Println(u/4, u%4, u/3, u%3, u/7, u%7)
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println(i8/m1, i8%m1, i8/2, i8%3)
}

// Indexing a slice that lives in memory (a field through a pointer, a global, a captured
// variable) reads the slice header at the indexing instruction; constant-left integer
// operations use the immediate forms. Results, panics and their order as in Go.
package main

import "fmt"

type bag struct {
	name  string
	items []int
	small []int8
}

var global = []string{"a", "b", "c"}

func at(b *bag, i int) (v int, err any) {
	defer func() { err = recover() }()
	return b.items[i], nil
}

func twice(b *bag, i int) int {
	return b.items[2*i] + b.items[i+1] + b.items[i&1] + b.items[(i|1)^1] + b.items[i*1-0]
}

func main() {
	b := &bag{name: "b", items: []int{10, 20, 30, 40, 50}, small: []int8{-1, 2, -3}}
	fmt.Println(at(b, 0))
	fmt.Println(at(b, 4))
	fmt.Println(at(b, 5))
	fmt.Println(at(b, -1))
	fmt.Println(at(nil, 0))
	fmt.Println(twice(b, 1), twice(b, 2))
	fmt.Println(b.small[0], b.small[2], global[1])

	// A captured (boxed) slice variable, changed by the closure between reads.
	s := []int{1, 2, 3}
	grow := func() { s = append(s, len(s)+1) }
	for i := 0; i < 3; i++ {
		grow()
		fmt.Println(s[i+3], len(s))
	}

	// The header read by the index sees the assignment just before it.
	b.items = b.items[1:3]
	fmt.Println(b.items[0], b.items[1], len(b.items))
	b.items[0], b.items[1] = b.items[1], b.items[0]
	fmt.Println(b.items)

	// Constant on the left of commutative integer operations, with wrapping of narrow types.
	var i8 int8 = 100
	var u8 uint8 = 250
	var u16 uint16 = 0xfff0
	fmt.Println(3*i8, 2+i8, 10+u8, 0x0f&u8, 1|u8, 0xff^u8, 0x20+u16, 16*u16)
	x := 7
	fmt.Println(2*x+1, 5+x, -3*x, 0x3&x, 8|x, 1^x)
}

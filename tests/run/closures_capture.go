package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	n2, _ := counter()
	fmt.Println(n2())
	a := adder(10)
	fmt.Println(a(1), a(2), a(3))
	x := 1
	f := func() { x *= 2 }
	f()
	f()
	fmt.Println(x)
	x = 5
	g := func() int { return x }
	x = 6
	fmt.Println(g())
	// closure in struct
	type Op struct {
		name string
		fn   func(int, int) int
	}
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, op := range ops {
		fmt.Println(op.name, op.fn(3, 4))
	}
	// immediately invoked
	res := func(s string) string { return s + s }("ab")
	fmt.Println(res)
	// nested closures
	outer := func() func() int {
		y := 10
		return func() int {
			y++
			return y
		}
	}
	in1 := outer()
	in1()
	fmt.Println(in1())
	// capture of loop result in defer-free generator
	gen := func() func() (int, bool) {
		i := 0
		data := []int{3, 1, 4}
		return func() (int, bool) {
			if i >= len(data) {
				return 0, false
			}
			i++
			return data[i-1], true
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var nilf func()
	fmt.Println(nilf == nil)
}

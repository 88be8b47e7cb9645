// Unnamed results read after a recovered panic are the zero value; without deferred
// calls the result registers are written only by the return.
package main

import "fmt"

func f(fail bool) int {
	defer func() { recover() }()
	if fail {
		panic("x")
	}
	return 42
}

func g(n int) (int, string) {
	if n > 0 {
		return n, "pos"
	}
	return -n, "neg"
}

func h(n int) (r int) {
	defer func() {
		if recover() != nil {
			r += 100
		}
	}()
	r = n
	if n > 1 {
		panic("big")
	}
	return r * 2
}

func main() {
	fmt.Println(f(true), f(false))
	fmt.Println(g(3))
	fmt.Println(g(-4))
	fmt.Println(h(1), h(5))
}

package main

import (
	"fmt"
	"iter"
)

func main() {
	// yield kept after stop returns false.
	var y func(int) bool
	next, stop := iter.Pull(func(yield func(int) bool) {
		y = yield
		yield(1)
	})
	fmt.Println(next())
	stop()
	fmt.Println("yield after stop:", y(5))
	fmt.Println(next())

	// yield kept after the iterator returned.
	var y2 func(string, int) bool
	n2, s2 := iter.Pull2(func(yield func(string, int) bool) {
		y2 = yield
	})
	fmt.Println(n2())
	fmt.Println("yield after end:", y2("x", 1))
	s2()

	// next called from inside the iterator panics in the iterator.
	var n3 func() (string, int, bool)
	n3, s3 := iter.Pull2(func(yield func(string, int) bool) {
		yield("a", 1)
		defer func() { fmt.Println("recovered:", recover()) }()
		n3()
	})
	defer s3()
	fmt.Println(n3())
	fmt.Println(n3())

	// ... and the panic reaches the caller of next when the iterator does not recover.
	var n4 func() (int, bool)
	n4, s4 := iter.Pull(func(yield func(int) bool) {
		n4()
	})
	defer s4()
	defer func() { fmt.Println("main recovered:", recover()) }()
	n4()
}

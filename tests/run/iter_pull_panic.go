package main

import (
	"errors"
	"fmt"
	"iter"
)

func Bad() iter.Seq[int] {
	return func(yield func(int) bool) {
		yield(1)
		panic(errors.New("iterator failed"))
	}
}

func main() {
	next, stop := iter.Pull(Bad())
	defer stop()
	fmt.Println(next())
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		fmt.Println(next())
	}()
	fmt.Println(next())

	// A panic in the iterator during stop propagates to stop's caller.
	n2, s2 := iter.Pull2(func(yield func(int, string) bool) {
		defer func() { panic("cleanup panic") }()
		yield(1, "one")
	})
	fmt.Println(n2())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s2()
	}()
	fmt.Println(n2())

	// Unrecovered: the program dies with the iterator's panic.
	n3, _ := iter.Pull(func(yield func(string) bool) {
		panic(fmt.Sprintf("fatal %d", 3))
	})
	n3()
}

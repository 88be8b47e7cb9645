package main

import (
	"errors"
	"fmt"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func deferInBody() {
	defer fmt.Println("function's own defer")
	for x := range count(3) {
		defer fmt.Println("deferred in body", x)
		fmt.Println("body", x)
	}
	fmt.Println("after loop")
}

func nestedDefer() {
	for x := range count(2) {
		for y := range count(2) {
			defer fmt.Println("nested deferred", x, y)
		}
	}
	fmt.Println("nested loops done")
}

func recovered() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for x := range count(5) {
		if x == 2 {
			panic(errors.New("bad element"))
		}
		fmt.Println("ok", x)
	}
	return nil
}

func deferModifiesResult() (n int) {
	for x := range count(4) {
		defer func() { n += x }()
	}
	return 100
}

func main() {
	deferInBody()
	nestedDefer()
	fmt.Println(recovered())
	fmt.Println(deferModifiesResult())
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		for x := range count(3) {
			var m map[string]int
			if x == 1 {
				m["a"] = x
			}
		}
	}()
}

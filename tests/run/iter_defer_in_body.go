package main

import (
	"fmt"
	"slices"
)

func trace(s string) func() {
	fmt.Println("enter", s)
	return func() { fmt.Println("leave", s) }
}

// Defers in a range-over-func body run when the enclosing function returns,
// in LIFO order, like defers in an ordinary loop.
func loopDefers() (result int) {
	defer fmt.Println("function defer")
	for i, v := range slices.All([]int{10, 20, 30}) {
		defer trace(fmt.Sprint("body ", i))()
		defer func() { result += v }()
		if v == 20 {
			defer fmt.Println("before break")
			break
		}
	}
	fmt.Println("after loop")
	return 1
}

func nested() {
	for i := range slices.Values([]int{1, 2}) {
		for j := range slices.Values([]string{"a", "b"}) {
			defer fmt.Println("deferred", i, j)
		}
	}
	fmt.Println("nested done")
}

func deferModifiesNamed() (s string) {
	for w := range slices.Values([]string{"x", "y"}) {
		defer func() { s += w }()
	}
	return "r:"
}

func returnFromBody() (n int) {
	defer func() { n *= 2 }()
	for v := range slices.Values([]int{3, 4, 5}) {
		defer func() { n += v }()
		if v == 4 {
			return 100
		}
	}
	return -1
}

func main() {
	fmt.Println(loopDefers())
	nested()
	fmt.Println(deferModifiesNamed())
	fmt.Println(returnFromBody())
}

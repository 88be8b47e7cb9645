package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(nums...)
var nums = []int{1, 2, 3, d}

func f(s string) int {
	fmt.Println("init var", s)
	return len(s) + d
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var registry = map[string]int{}

func init() {
	fmt.Println("init 1: a =", a, "b =", b, "c =", c)
	registry["one"] = 1
}

func init() {
	fmt.Println("init 2: registry size", len(registry))
	registry["two"] = 2
}

var late = func() string {
	fmt.Println("init late")
	return "late"
}()

func main() {
	fmt.Println("main:", a, b, c, d, total, late, len(registry))
}

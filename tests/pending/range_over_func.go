package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Fib() func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				fmt.Println("(fib stopped)")
				return
			}
			a, b = b, a+b
		}
	}
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.L.walk(yield) && yield(t.V) && t.R.walk(yield)
}

func (t *Tree) All(yield func(int) bool) { t.walk(yield) }

func main() {
	for i := range Count(4) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, s := range Pairs([]string{"a", "b", "c"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	for f := range Fib() {
		if f > 50 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{nil, nil, 3}, nil, 4}, 2}
	for v := range t.All {
		fmt.Print(v, " ")
		if v == 3 {
			break
		}
	}
	fmt.Println()
	sum := 0
	for range Count(10) {
		sum++
	}
	fmt.Println(sum)
	// continue and labeled break
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 {
				continue
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	// return from inside the loop body
	find := func() int {
		for v := range Fib() {
			if v > 10 {
				return v
			}
		}
		return -1
	}
	fmt.Println(find())
	// defer inside range-over-func body runs at function end
	func() {
		for i := range Count(2) {
			defer fmt.Println("deferred", i)
		}
		fmt.Println("end of func")
	}()
}

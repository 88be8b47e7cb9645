package main

import "fmt"

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  done upto", n)
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func grid(yield func(int, int) bool) {
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if !yield(r, c) {
				return
			}
		}
	}
}

// Returns from two levels of range-over-func loops.
func firstPair(target int) (int, int) {
	for a := range upto(5) {
		for b := range upto(5) {
			if a*b == target {
				return a, b
			}
		}
	}
	return 0, 0
}

func labelled() []string {
	var out []string
outer:
	for a := range upto(4) {
	inner:
		for b := range upto(4) {
			switch {
			case b > a:
				continue outer
			case a == 3 && b == 2:
				break inner
			case a == 4:
				break outer
			}
			out = append(out, fmt.Sprint(a, b))
		}
		out = append(out, "|")
	}
	return out
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(yield) && yield(t.Val) && t.Right.Walk(yield)
}

func (t *Tree[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) { t.Walk(yield) }
}

func insert[T int | string](t *Tree[T], v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func main() {
	fmt.Println(firstPair(12))
	fmt.Println(firstPair(99))
	fmt.Println(labelled())
	for r, c := range grid {
		if c == 2 {
			continue
		}
		if r == 2 {
			break
		}
		fmt.Println("cell", r, c)
	}
	var root *Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e", "z"} {
		root = insert(root, w)
	}
	for v := range root.All() {
		fmt.Print(v, " ")
		if v == "m" {
			break
		}
	}
	fmt.Println()
	total := 0
	var nums *Tree[int]
	for _, n := range []int{5, 3, 8, 1} {
		nums = insert(nums, n)
	}
	for v := range nums.All() {
		total = total*10 + v
	}
	fmt.Println(total)
	// A method value as the iterator; goroutines ranging concurrently.
	walk := nums.Walk
	res := make(chan int)
	for g := 0; g < 3; g++ {
		go func() {
			s := 0
			for v := range func(y func(int) bool) { walk(y) } {
				s += v * g
			}
			res <- s
		}()
	}
	sum := 0
	for g := 0; g < 3; g++ {
		sum += <-res
	}
	fmt.Println("concurrent sum", sum)
}

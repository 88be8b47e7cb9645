package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if pred(n) {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	for v := range filter(sq(gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), func(n int) bool { return n%2 == 0 }) {
		fmt.Println(v)
	}
	// chain of many stages
	var c <-chan int = gen(1, 2, 3)
	for i := 0; i < 3; i++ {
		c = sq(c)
	}
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
	// daisy chain of 1000 goroutines
	first := make(chan int)
	left := first
	for i := 0; i < 1000; i++ {
		right := make(chan int)
		go func(l, r chan int) { l <- 1 + <-r }(left, right)
		left = right
	}
	go func(c chan int) { c <- 0 }(left)
	fmt.Println(<-first)
}

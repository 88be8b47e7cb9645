package main

import (
	"fmt"
	"iter"
	"strings"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

func Fib() iter.Seq[uint64] {
	return func(yield func(uint64) bool) {
		a, b := uint64(0), uint64(1)
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Lines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 1
		for len(s) > 0 {
			line, rest, _ := strings.Cut(s, "\n")
			if !yield(n, line) {
				return
			}
			s = rest
			n++
		}
	}
}

func Primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
	outer:
		for n := 2; ; n++ {
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					continue outer
				}
			}
			found = append(found, n)
			if !yield(n) {
				return
			}
		}
	}
}

func Empty[T any]() iter.Seq[T] { return func(func(T) bool) {} }

func Repeat(s string, n int) func(func() bool) {
	return func(yield func() bool) {
		for range n {
			if !yield() {
				return
			}
		}
	}
}

func main() {
	for i := range Count(10, -3) {
		if i < 0 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	var fibs []uint64
	for f := range Fib() {
		if f > 1000 {
			break
		}
		fibs = append(fibs, f)
	}
	fmt.Println(fibs)
	for n, l := range Lines("alpha\nbeta\n\ngamma") {
		fmt.Printf("%d:%q ", n, l)
	}
	fmt.Println()
	k := 0
	for p := range Primes() {
		k++
		if k == 100 {
			fmt.Println("100th prime", p)
			break
		}
	}
	for x := range Empty[string]() {
		fmt.Println("never", x)
	}
	c := 0
	for range Repeat("x", 4) {
		c++
	}
	fmt.Println(c)
	for range Fib() {
		c++
		if c > 10 {
			break
		}
	}
	fmt.Println(c)
}

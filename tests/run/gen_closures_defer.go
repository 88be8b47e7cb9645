package main

import (
	"errors"
	"fmt"
)

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Curry[A, B, R any](f func(A, B) R) func(A) func(B) R {
	return func(a A) func(B) R { return func(b B) R { return f(a, b) } }
}

func Try[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return f(), nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Counter[T ~int | ~float64](step T) (func() T, func()) {
	var n T
	return func() T { n += step; return n }, func() { n = 0 }
}

func DeferOrder[T any](xs ...T) (out []T) {
	for _, x := range xs {
		defer func() { out = append(out, x) }()
	}
	return nil
}

func main() {
	calls := 0
	var fib func(int) int
	fib = Memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2.5 })
	fmt.Println(lenThenDouble("abcd"))
	add := Curry(func(a int, b string) string { return fmt.Sprint(a) + b })
	fmt.Println(add(3)("x"), add(4)("y"))
	v, err := Try(func() int { return 7 })
	fmt.Println(v, err)
	s, err := Try(func() string { var m map[string]int; m["x"] = 1; return "no" })
	fmt.Printf("%q %v\n", s, err)
	p, err := Try(func() *int { return nil })
	fmt.Println(p, err)
	next, reset := Counter(0.5)
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())
	fmt.Println(DeferOrder("a", "b", "c"), DeferOrder[int]())
	fmt.Println(Must(fmt.Sprint("fine"), nil))
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r, errors.Is(r.(error), errBad))
	}()
	Must(0, errBad)
}

var errBad = errors.New("bad thing")

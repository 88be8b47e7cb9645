package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func tripleAssign() (r int) {
	defer func() { r++ }()
	r = 10
	return r * 3
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func multi() (a, b int) {
	defer func() { a, b = b, a }()
	return 1, 2
}

func recoverToResult() (res string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = "fallback"
		}
	}()
	panic("oops")
}

func deferInLoop() (sum int) {
	for i := 1; i <= 3; i++ {
		defer func() { sum += i }()
	}
	return 0
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleAssign())
	fmt.Println(unnamed())
	fmt.Println(wrapErr())
	fmt.Println(multi())
	fmt.Println(recoverToResult())
	fmt.Println(deferInLoop())
}

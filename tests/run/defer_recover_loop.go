package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	return a / b, nil
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func tryMust() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	must(nil)
	must(errors.New("must failed"))
	return nil
}

func main() {
	for _, d := range []int{2, 0, -3, 0} {
		q, err := safeDiv(12, d)
		fmt.Println(q, err)
	}
	fmt.Println(tryMust())
	// recover value types
	for _, v := range []interface{}{1, "s", errors.New("e"), 2.5, nil} {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("%T %v\n", r, r)
			}()
			if v != nil {
				panic(v)
			}
		}()
	}
}

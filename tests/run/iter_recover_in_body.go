package main

import (
	"errors"
	"fmt"
	"iter"
)

func Items() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 1; i <= 4; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// A panic in the loop body unwinds through the iterator (running its defers)
// and is recovered by the enclosing function's deferred recover.
func safeSum() (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for v := range Items() {
		if v == 3 {
			panic(errors.New("three"))
		}
		sum += v
	}
	return sum, nil
}

// Recovering inside a closure invoked within the body keeps iterating.
func perItem() []string {
	var res []string
	for v := range Items() {
		func() {
			defer func() {
				if r := recover(); r != nil {
					res = append(res, fmt.Sprint("item ", v, ": ", r))
				}
			}()
			if v%2 == 0 {
				panic(v * 100)
			}
			res = append(res, fmt.Sprint("ok ", v))
		}()
	}
	return res
}

func main() {
	fmt.Println(safeSum())
	fmt.Println(perItem())
}

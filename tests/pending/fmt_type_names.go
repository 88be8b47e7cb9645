package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "x" }

type Generic[T any] struct{ v T }

func main() {
	vals := []interface{}{
		func(int) string { return "" },
		func(a, b int, c ...string) (int, error) { return 0, nil },
		make(chan<- int),
		make(<-chan bool),
		make(chan []string),
		map[string][]int{},
		&[]int{},
		new(*int),
		[3][2]float32{},
		struct{}{},
		struct {
			A int
			b string
		}{},
		errors.New("e"),
		&MyErr{},
		fmt.Errorf("w %w", errors.New("i")),
		interface{}(nil),
		Generic[int]{},
		Generic[map[string]bool]{},
		complex64(0),
		uintptr(0),
		'x',
		byte(1),
		[]interface{}{},
		(*error)(nil),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var e error = &MyErr{}
	fmt.Printf("%T %v\n", e, e)
}

package main

import (
	"errors"
	"fmt"
)

func failing(yield func(int) bool) {
	yield(1)
	panic(errors.New("iterator failed"))
}

func cleanup(yield func(int) bool) {
	defer fmt.Println("iterator cleanup runs")
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for x := range failing {
			fmt.Println("got", x)
		}
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for x := range cleanup {
			if x == 2 {
				panic(fmt.Sprint("body panics at ", x))
			}
		}
	}()
	for x := range cleanup {
		defer fmt.Println("main's defer", x)
		if x == 1 {
			break
		}
	}
	var arr []int
	for x := range cleanup {
		fmt.Println(arr[x])
	}
}

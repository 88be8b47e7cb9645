package main

import (
	"fmt"
	"runtime"
)

func try(n int) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(r, isRuntime)
	}()
	_ = make(chan int, n)
}

func main() {
	try(-5)
	try(1 << 62)
	n := -5
	_ = make(chan int, n)
}

package main

import "fmt"

func try(l, c int) {
	defer func() { fmt.Println(recover()) }()
	_ = make([]int, l, c)
}

func main() {
	try(-1, 5)
	try(1<<50, 1<<50)
	try(5, 1)
	try(1, 1<<46)
	try(1, 1<<62)
	n := 1
	_ = make([]int, n, 1<<46)
}

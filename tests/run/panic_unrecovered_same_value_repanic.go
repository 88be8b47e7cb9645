package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("saw", r)
		panic(r)
	}()
	panic("same value")
}

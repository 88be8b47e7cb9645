package main

import "fmt"

func main() {
	fmt.Println("before")
	defer fmt.Println("deferred runs before crash")
	panic("something bad happened")
}

package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	s := -3
	fmt.Println(1 << s)
}

package main

import "fmt"

func main() {
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		panic("first")
	}()
	fmt.Println("continuing")
	var arr [3]int
	idx := 10
	defer fmt.Println("deferred before crash")
	arr[idx%7] = 1
	fmt.Println("unreachable")
}

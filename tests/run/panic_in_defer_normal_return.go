package main

import "fmt"

func cleanup() {
	defer fmt.Println("cleanup's own defer")
	panic("cleanup failed")
}

func work() int {
	defer cleanup()
	fmt.Println("working")
	return 1
}

func main() {
	fmt.Println(work())
}

package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	n := 7
	fmt.Println(s[:n])
}

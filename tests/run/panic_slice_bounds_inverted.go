package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a, b := 3, 1
	fmt.Println(s[a:b])
}

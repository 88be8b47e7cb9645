package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var a interface{} = []int{1}
	var b interface{} = []int{1}
	fmt.Println("comparing")
	fmt.Println(a == b)
}

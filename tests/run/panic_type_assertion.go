package main

import "fmt"

func main() {
	var i interface{} = "a string"
	n := i.(int)
	fmt.Println(n)
}

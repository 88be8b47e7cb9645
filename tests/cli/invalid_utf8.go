package main

import "fmt"

func main() {
	fmt.Println("aÿbÃ", "â‚")
	x := 1 // comment ş
	fmt.Println("ok â‚¬")
}

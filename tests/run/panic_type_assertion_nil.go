package main

import "fmt"

func main() {
	var e error
	var i interface{} = e
	fmt.Println(i.(error))
}

package main

import "fmt"

func swallow(yield func(string) bool) {
	defer func() {
		fmt.Println("iterator recovered:", recover())
	}()
	yield("a")
}

func main() {
	for s := range swallow {
		fmt.Println(s)
		panic("from body")
	}
	fmt.Println("not reached")
}

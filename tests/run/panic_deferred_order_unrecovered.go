package main

import "fmt"

func f(n int) {
	defer fmt.Println("defer in f", n)
	if n == 0 {
		var m map[string]int
		m["x"]++
	}
	f(n - 1)
}

func main() {
	defer fmt.Println("main defer")
	f(3)
}

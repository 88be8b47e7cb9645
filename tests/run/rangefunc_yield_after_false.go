package main

import "fmt"

func bad(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func main() {
	for x := range bad {
		fmt.Println(x)
		if x == 1 {
			break
		}
	}
	fmt.Println("not reached")
}

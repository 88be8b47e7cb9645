package main

import "fmt"

func retry(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator recovered:", r)
		yield(2)
	}()
	yield(1)
}

func main() {
	for x := range retry {
		fmt.Println("body", x)
		panic(fmt.Sprint("fail ", x))
	}
}

package main

import "fmt"

type Key struct {
	Kind string
	Val  interface{}
}

func main() {
	m := map[Key]int{}
	m[Key{"int", 1}] = 1
	m[Key{"str", "1"}] = 2
	m[Key{"int", 1}] += 10
	m[Key{"nil", nil}] = 3
	m[Key{"arr", [2]int{1, 2}}] = 4
	fmt.Println(len(m), m[Key{"int", 1}], m[Key{"nil", nil}], m[Key{"arr", [2]int{1, 2}}])
	fmt.Println(Key{"a", 1} == Key{"a", 1}, Key{"a", 1} == Key{"a", int64(1)}, Key{"a", nil} == Key{"a", nil})
	arr1 := [3]interface{}{1, "a", nil}
	arr2 := [3]interface{}{1, "a", nil}
	fmt.Println(arr1 == arr2)
	arr2[2] = 0
	fmt.Println(arr1 == arr2)
	var e1, e2 error
	fmt.Println(e1 == e2)
	type P struct{ p *int }
	x := 1
	fmt.Println(P{&x} == P{&x}, P{} == P{nil})
	c := make(chan int)
	fmt.Println(Key{"c", c} == Key{"c", c})
}

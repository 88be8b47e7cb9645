package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

type S struct {
	V interface{}
}

func main() {
	m := map[interface{}]int{}
	try("slice key", func() { m[[]int{1}] = 1 })
	try("map key", func() { _ = m[map[int]int{}] })
	try("func key", func() { m[func() {}] = 1 })
	try("struct with slice", func() { m[S{[]int{}}] = 1 })
	var a, b interface{} = []int{}, []int{}
	try("compare slices", func() { fmt.Println(a == b) })
	x, y := S{map[int]int{}}, S{map[int]int{}}
	try("compare structs", func() { fmt.Println(x == y) })
	var c, d interface{} = [1]interface{}{[]int{}}, [1]interface{}{[]int{}}
	try("compare arrays", func() { fmt.Println(c == d) })
	var e, f interface{} = 1, []int{}
	try("different types", func() { fmt.Println(e == f) })
	fmt.Println(len(m))
}

package main

import "fmt"

type A struct {
	X int
	Y string
}
type B struct {
	X int
	Y string
}
type C struct {
	X int `json:"x"`
	Y string
}

func main() {
	a := A{1, "a"}
	b := B(a)
	c := C(a)
	fmt.Println(b, c)
	fmt.Printf("%T %T %T\n", a, b, c)
	anon := struct {
		X int
		Y string
	}(a)
	fmt.Println(anon)
	var a2 A = anon
	fmt.Println(a2 == a)
	pa := &a
	pb := (*B)(pa)
	pb.X = 99
	fmt.Println(a.X)
	type Ints []int
	is := Ints([]int{1, 2})
	fmt.Println(is, []int(is))
	type M map[string]int
	fmt.Println(M(map[string]int{"k": 1}))
	arr := [3]int{1, 2, 3}
	s := arr[:]
	back := [3]int(s)
	back[0] = 100
	fmt.Println(arr, back)
	ap := (*[2]int)(s)
	ap[1] = 200
	fmt.Println(arr)
}

package main

import "fmt"

type Grid [3][3]int

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) {
	a[0] = 100
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	fmt.Println(a == [4]int{100, 2, 3, 4}, a != b)
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	fmt.Println(g)
	row := g[1]
	row[0] = -1
	fmt.Println(g[1], row)
	h := g
	h[2][2] = 99
	fmt.Println(g[2], h[2])
	// array literal forms
	d := [...]string{2: "c", 0: "a"}
	fmt.Println(len(d), d)
	fmt.Printf("%q\n", d)
	e := [5]int{1, 2}
	fmt.Println(e)
	// array in struct copied by value
	type S struct{ arr [2]int }
	s1 := S{[2]int{1, 2}}
	s2 := s1
	s2.arr[0] = 9
	fmt.Println(s1, s2)
	// range over array copies it
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	// range over pointer to array does not copy
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	// array of arrays comparison
	x := [2][2]string{{"a", "b"}, {"c", "d"}}
	y := [2][2]string{{"a", "b"}, {"c", "d"}}
	fmt.Println(x == y)
	y[1][1] = "e"
	fmt.Println(x == y)
	fmt.Println(len(x), cap(x[0]))
	var zero [0]int
	fmt.Println(zero, len(zero))
}

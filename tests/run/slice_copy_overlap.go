package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	dst := make([]int, 3)
	n = copy(dst, []int{1, 2, 3, 4, 5})
	fmt.Println(n, dst)
	dst = make([]int, 5)
	n = copy(dst, []int{7, 8})
	fmt.Println(n, dst)
	n = copy(dst, []int(nil))
	fmt.Println(n)
	var nilDst []int
	fmt.Println(copy(nilDst, []int{1}))
	b := []byte("hello world")
	copy(b[6:], "WORLD")
	fmt.Println(string(b))
	// copy of self
	x := []string{"a", "b", "c"}
	fmt.Println(copy(x, x), x)
	// copying structs
	type T struct{ A int; B string }
	ts := []T{{1, "a"}, {2, "b"}}
	td := make([]T, 2)
	copy(td, ts)
	td[0].A = 100
	fmt.Println(ts, td)
}

package main

import "fmt"

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr, s)
	s = append(s, 200)
	fmt.Println(arr, s)
	s = append(s, 300)
	fmt.Println(arr, s, len(s))
	s[0] = -1
	fmt.Println(arr[2], s[0])
	t := arr[:0:0]
	t = append(t, 42)
	fmt.Println(arr[0], t)
	full := []int{1, 2, 3, 4}
	u := full[1:2:3]
	fmt.Println(u, len(u), cap(u))
	v := u[:cap(u)]
	fmt.Println(v)
	w := full[:]
	fmt.Println(len(w[2:]), cap(w[2:]), cap(w[:1]))
	// slicing beyond len up to cap is allowed
	x := make([]int, 2, 5)
	y := x[1:4]
	fmt.Println(y, len(y), cap(y))
	// slicing arrays via pointer
	p := &arr
	fmt.Println(p[7:], len(p[:3:4]), cap(p[:3:4]))
	str := "abcdef"
	fmt.Println(str[1:4], str[:0], str[6:])
}

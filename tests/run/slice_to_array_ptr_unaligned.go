package main

import "fmt"

func main() {
	s := []byte("abcdefghijklmnopqrstuvwxyz")
	p := (*[3]byte)(s[1:4])
	q := (*[3]byte)(s[10:13])
	*p = *q
	fmt.Println(string(s))
	var a [5][3]byte
	a[1] = [3]byte{1, 2, 3}
	a[2] = a[1]
	fmt.Println(a)
	r := (*[10]byte)(s[3:13])
	x := *r
	x[0] = 'Z'
	*(*[10]byte)(s[5:15]) = x
	fmt.Println(string(s))
}

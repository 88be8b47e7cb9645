package main

import "fmt"

func main() {
	var a, b int
	var s string
	n, err := fmt.Sscanf("10 20 hello", "%d %d %s", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	var f float64
	var word string
	n, err = fmt.Sscan("3.5 word", &f, &word)
	fmt.Println(n, err, f, word)
	var x int
	n, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(n, err != nil, x)
	var h int
	fmt.Sscanf("ff", "%x", &h)
	fmt.Println(h)
	var p, q int
	fmt.Sscanf("(3,4)", "(%d,%d)", &p, &q)
	fmt.Println(p, q)
}

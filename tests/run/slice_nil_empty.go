package main

import (
	"fmt"
	"strings"
)

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var sl []string
	fmt.Println(strings.Join(sl, ","), len(sl[0:0]))
	d := b[:0]
	fmt.Println(d == nil)
	var e []int = nil
	f := e[:]
	fmt.Println(f == nil)
	var m map[string][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
	g := [][]int{nil, {}, {1}}
	for _, x := range g {
		fmt.Print(x == nil, len(x), " ")
	}
	fmt.Println()
	var bs []byte
	fmt.Printf("%q %s %x|\n", bs, bs, bs)
	fmt.Println(string(bs) == "")
}

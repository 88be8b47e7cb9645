package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Addr    *Address
	Meta    map[string]int
	private bool
}

type Address struct {
	City string
}

type Empty struct{}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)
	per := Person{"Ann", 30, []string{"a", "b"}, nil, map[string]int{"z": 1, "a": 2}, true}
	fmt.Printf("%v\n%+v\n", per, per)
	fmt.Printf("%#v\n", Address{"Rome"})
	fmt.Printf("%v %+v %#v\n", Empty{}, Empty{}, Empty{})
	anon := struct {
		A int
		B []byte
	}{1, []byte("hi")}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", map[string]bool{"b": true, "a": false})
	fmt.Printf("%#v %#v %#v\n", "str", 42, 3.5)
	fmt.Printf("%#v\n", []string{"x"})
	fmt.Printf("%#v\n", [2]bool{true})
	var np *Point
	fmt.Printf("%v %+v\n", np, np)
	var ip interface{}
	fmt.Printf("%v %T\n", ip, ip)
	nested := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v\n", nested, nested)
	mp := map[Point]string{{2, 1}: "b", {1, 2}: "a"}
	fmt.Println(mp)
	pps := []*Address{}
	fmt.Println(pps, len(pps))
	fmt.Printf("%T %T %T %T %T\n", per.Tags, per.Meta, per.Addr, main, fmt.Printf)
	fmt.Printf("%T %T %T\n", make(chan int), [3]int{}, struct{ A int }{})
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%d\n", []int{1, 2, 3})
	fmt.Printf("%x\n", []int{10, 255})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%v\n", struct {
		P *int
	}{nil})
}

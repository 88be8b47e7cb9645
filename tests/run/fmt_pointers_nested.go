package main

import "fmt"

type Node struct {
	V    int
	Kids []*Node
}

type Wrap struct {
	Inner *Inner
	Val   Inner
}

type Inner struct{ N int }

func (i Inner) String() string { return fmt.Sprintf("<%d>", i.N) }

func main() {
	n := &Node{1, []*Node{}}
	fmt.Printf("%v\n", *n)
	fmt.Printf("%+v\n", *n)
	w := Wrap{nil, Inner{2}}
	fmt.Printf("%v %+v\n", w, w)
	w.Inner = &Inner{3}
	fmt.Printf("%v\n", w.Inner)
	fmt.Println(w.Val, w.Inner)
	m := map[string]Inner{"a": {1}}
	fmt.Println(m)
	s := []Inner{{1}, {2}}
	fmt.Println(s)
	arr := [2]*int{}
	fmt.Println(arr)
	var ip *int
	fmt.Println(ip)
	pa := &[2]int{1, 2}
	ps := &[]string{"x"}
	pm := &map[string]int{"k": 1}
	fmt.Println(pa, ps, pm)
	fmt.Printf("%v %+v\n", pa, ps)
	ppt := &struct{ A int }{5}
	fmt.Println(ppt)
	type Rec struct {
		Name string
		Next *Rec
	}
	r := Rec{"a", nil}
	fmt.Printf("%+v\n", r)
	var e error
	fmt.Println(e)
	fmt.Printf("%v %d\n", e, e)
	ifs := []interface{}{1, "s", nil, 2.5, []int{1}, map[int]int{1: 2}, Inner{9}}
	fmt.Println(ifs)
	fmt.Printf("%v\n", ifs)
	fmt.Printf("%#v\n", []interface{}{1, "s", nil})
}

package main

import "fmt"

type S struct {
	I   int
	F   float64
	B   bool
	Str string
	P   *int
	Sl  []int
	M   map[string]int
	Ch  chan int
	Fn  func()
	If  interface{}
	Err error
	Arr [2]string
}

func main() {
	var s S
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Println(s.P == nil, s.Sl == nil, s.M == nil, s.Ch == nil, s.Fn == nil, s.If == nil, s.Err == nil)
	var (
		i   int
		f32 float32
		c   complex64
		r   rune
		b   byte
		str string
		u   uintptr
	)
	fmt.Println(i, f32, c, r, b, str == "", u)
	fmt.Printf("%q %v %v\n", str, [3]bool{}, [2][2]int{})
	var ps *S
	fmt.Println(ps == nil)
	z := S{}
	fmt.Println(z.Arr[0] == "", len(z.Sl), len(z.M))
	var ifc fmt.Stringer
	fmt.Println(ifc == nil, ifc)
	type Inner struct{ V int }
	type Outer struct {
		In  Inner
		Ptr *Inner
	}
	fmt.Printf("%+v\n", Outer{})
	arr := make([]S, 2)
	fmt.Println(arr[1].I, arr[1].Str == "")
	mp := map[string]S{}
	fmt.Println(mp["none"].F)
}

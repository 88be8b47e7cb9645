package main

import "fmt"

type Point struct {
	X, Y float64
}

type Tree struct {
	Name  string
	Kids  []Tree
	Attrs map[string]interface{}
}

type Color uint8

func main() {
	fmt.Printf("%#v\n", Point{1, 2.5})
	fmt.Printf("%#v\n", &Point{1e6, -0.5})
	fmt.Printf("%#v\n", []Point{{1, 1}})
	fmt.Printf("%#v\n", map[string]Point{"o": {}})
	fmt.Printf("%#v\n", Tree{"root", []Tree{{Name: "kid"}}, map[string]interface{}{"n": 1, "s": "x", "f": 2.0, "nil": nil}})
	fmt.Printf("%#v %#v %#v %#v\n", int8(-3), uint16(7), Color(2), uintptr(9))
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 1e21, 1e-7, float32(0.1))
	fmt.Printf("%#v %#v %#v\n", "q\"s", 'r', []byte("ab"))
	fmt.Printf("%#v %#v\n", true, complex(1, 2))
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, []int(nil), map[int]int(nil)})
	fmt.Printf("%#v\n", struct {
		A *int
		B []string
		C interface{}
	}{})
	fmt.Printf("%#v\n", [2][]int{{1}, nil})
	var e error
	fmt.Printf("%#v\n", e)
	fmt.Printf("%#x %#o %#b %#q\n", []byte{1, 2}, 8, 3, "x")
}

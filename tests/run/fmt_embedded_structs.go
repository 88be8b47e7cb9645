package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Inner
	C  []int
	In *Inner
	M  map[string]Inner
}

type WithIface struct {
	V interface{}
	E error
}

func main() {
	o := Outer{Inner{1, "x"}, []int{1}, nil, map[string]Inner{"k": {2, "y"}}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Inner{3, "z"})
	w := WithIface{V: Inner{4, "w"}}
	fmt.Printf("%v %+v\n", w, w)
	w2 := WithIface{V: 5, E: fmt.Errorf("bad")}
	fmt.Printf("%v %+v\n", w2, w2)
	fmt.Printf("%v\n", []Outer{{}})
	fmt.Printf("%v\n", [1]WithIface{})
	fmt.Printf("%s\n", Inner{5, "s"})
	fmt.Printf("%d\n", Inner{6, "d"})
	fmt.Printf("%x\n", Inner{255, "hex"})
	fmt.Printf("%q\n", Inner{7, "q"})
}

package main

import "fmt"

type Point struct{ X, Y int }
type Named struct {
	Name string
	P    Point
	Tags [2]string
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{1, 2}
	p3 := Point{Y: 2}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	n1 := Named{"a", Point{1, 1}, [2]string{"x", "y"}}
	n2 := n1
	fmt.Println(n1 == n2)
	n2.Tags[1] = "z"
	fmt.Println(n1 == n2)
	anon := struct {
		A int
		B string
	}{1, "one"}
	fmt.Println(anon, anon.A, anon.B)
	fmt.Printf("%+v %T\n", anon, anon)
	other := struct {
		A int
		B string
	}{1, "one"}
	fmt.Println(anon == other)
	list := []struct {
		in   string
		want int
	}{{"a", 1}, {"bb", 2}, {"ccc", 3}}
	for _, tc := range list {
		fmt.Println(tc.in, len(tc.in) == tc.want)
	}
	var empty struct{}
	fmt.Println(empty, empty == struct{}{})
	set := map[string]struct{}{"a": {}, "b": {}}
	_, has := set["a"]
	fmt.Println(len(set), has)
	var zp Point
	fmt.Println(zp, zp == Point{})
	pp := &Point{3, 4}
	pp.X = 30
	fmt.Println(*pp, pp.X)
	ptrs := []*Point{{1, 1}, {2, 2}}
	fmt.Println(*ptrs[1])
	nested := struct {
		Inner struct{ V int }
	}{}
	nested.Inner.V = 5
	fmt.Println(nested)
	var i1, i2 interface{} = Point{1, 2}, Point{1, 2}
	fmt.Println(i1 == i2)
}

package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) String() string {
	return fmt.Sprintf("(%d, %d)", p.X, p.Y)
}

func main() {
	pts := map[string]Point{"a": {1, 2}}
	pts["a"].X = 5 // ERROR "cannot assign to struct field pts\[\"a\"\]\.X in map"
	p := &pts["a"] // ERROR "invalid operation: cannot take address of pts\[\"a\"\] \(map index expression of type Point\)"
	var q *Point = Point{1, 2} // ERROR "cannot use Point\{…\} \(value of type Point\) as \*Point value in variable declaration"
	q.Z = 3 // ERROR "q\.Z undefined \(type \*Point has no field or method Z\)"
	fmt.Println(p, q)
	var s fmt.Stringer = &Point{}
	var t Point = s // ERROR "cannot use s \(variable of type fmt\.Stringer\) as Point value in variable declaration: need type assertion"
	_ = t
}

package main

import "fmt"

type Shape interface {
	Area() float64
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

func total(shapes []Shape) float64 {
	var sum float64
	for _, s := range shapes {
		sum += s.Area // ERROR "invalid operation: sum \+= s\.Area \(mismatched types float64 and func\(\) float64\)"
	}
	return sum
}

func main() {
	rects := []Rect{{1, 2}, {3, 4}}
	fmt.Println(total(rects)) // ERROR "cannot use rects \(variable of type \[\]Rect\) as \[\]Shape value in argument to total"
	var s Shape = Rect{1, 2}
	r := s.(Rect)
	r.w = "wide" // ERROR "cannot use \"wide\" \(untyped string constant\) as float64 value in assignment"
	fmt.Println(s.w) // ERROR "s\.w undefined \(type Shape has no field or method w\)"
}

package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return 3 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 6 * c.r }

type Tri struct{}

func (t Tri) Area() int           { return 0 }
func (t Tri) Perimeter() float64 { return 0 }

func main() {
	var s Shape = Square{1} // ERROR "cannot use Square\{…\} \(value of type Square\) as Shape value in variable declaration: Square does not implement Shape \(missing method Perimeter\)"
	s = Circle{2} // ERROR "cannot use Circle\{…\} \(value of type Circle\) as Shape value in assignment: Circle does not implement Shape \(method Area has pointer receiver\)"
	s = Tri{} // ERROR "cannot use Tri\{\} \(value of type Tri\) as Shape value in assignment: Tri does not implement Shape \(wrong type for method Area\)"
	_ = s
}

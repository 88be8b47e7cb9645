package main

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64   { return s.S * s.S }
func (c Circ) Area() float64 { return c.R }

func main() {
	var s Shape = Sq{2}
	c := s.(Circ)
	println(c.R)
}

package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }
type Square struct{ s int }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Name() string   { return "rect" }
func (s *Square) Area() int   { return s.s * s.s }
func (s *Square) Name() string { return "square" }

type Named interface{ Name() string }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8:
		return "small int"
	case Shape:
		return "shape " + x.Name()
	case []int:
		return "slice"
	case func() int:
		return "func"
	default:
		_ = x
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	total := 0
	for _, s := range shapes {
		total += s.Area()
		println(s.Name(), s.Area())
	}
	println(total)
	var n Named = shapes[1]
	if s, ok := n.(Shape); ok {
		println("named is shape", s.Area())
	}
	_, ok := n.(Rect)
	println(ok)
	println(kind(nil), kind(1), kind(int8(1)), kind(Rect{}), kind(&Square{}), kind(Square{}), kind([]int{}), kind(func() int { return 0 }), kind(1.5))
	var a, b interface{} = 1, 1
	println(a == b)
	b = "1"
	println(a == b)
	var sp *Square
	var sh Shape = sp
	println(sh == nil, sp == nil)
	var e1, e2 interface{} = Rect{1, 2}, Rect{1, 2}
	println(e1 == e2)
	sq := &Square{2}
	var s1, s2 Shape = sq, sq
	println(s1 == s2)
}

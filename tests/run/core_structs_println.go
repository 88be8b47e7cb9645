package main

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Line struct {
	A, B  Point
	Label string
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	println(p.X, q.X, p == Point{1, 2}, p != q)
	r := p.Add(q)
	println(r.X, r.Y)
	r.Scale(2)
	println(r.X, r.Y)
	pp := &r
	pp.Scale(2)
	println(r.X, (*pp).Y)
	l := Line{A: p, B: Point{Y: 5}, Label: "l"}
	l2 := l
	l2.A.X = 100
	println(l.A.X, l2.A.X, l == l2)
	anon := struct {
		N int
		S string
	}{3, "x"}
	println(anon.N, anon.S)
	arr := [2]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 9
	println(arr[0].X, arr == arr2)
	ptrs := []*Point{&arr[0], &arr[1]}
	ptrs[1].Y = 7
	println(arr[1].Y)
	var zero Point
	println(zero.X, zero.Y, zero == Point{})
	np := new(Point)
	np.X = 4
	println(np.X, np.Y)
	type Node struct {
		v    int
		next *Node
	}
	var head *Node
	for i := 0; i < 4; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.next {
		print(n.v, " ")
	}
	println()
}

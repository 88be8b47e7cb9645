// gopl ch6: IntSet bit vector, geometry Path, method values, embedded structs.
package main

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
)

type IntSet struct{ words []uint64 }

func (s *IntSet) Has(x int) bool {
	word, bit := x/64, uint(x%64)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/64, uint(x%64)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) Len() (n int) {
	for _, w := range s.words {
		for w != 0 {
			w &= w - 1
			n++
		}
	}
	return
}

func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, word := range s.words {
		if word == 0 {
			continue
		}
		for j := 0; j < 64; j++ {
			if word&(1<<uint(j)) != 0 {
				if buf.Len() > len("{") {
					buf.WriteByte(' ')
				}
				fmt.Fprintf(&buf, "%d", 64*i+j)
			}
		}
	}
	buf.WriteByte('}')
	return buf.String()
}

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) ScaleBy(factor float64) { p.X *= factor; p.Y *= factor }
func (p Point) Add(q Point) Point       { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point       { return Point{p.X - q.X, p.Y - q.Y} }

type Path []Point

func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type ColoredPoint struct {
	*Point
	Color color.RGBA
}

func main() {
	var x, y IntSet
	x.Add(1)
	x.Add(144)
	x.Add(9)
	fmt.Println(x.String(), x.Len())
	y.Add(9)
	y.Add(42)
	fmt.Println(&y)
	x.UnionWith(&y)
	fmt.Println(&x, x.Has(9), x.Has(123))
	fmt.Println(x)
	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())
	perim.TranslateBy(Point{1, 2}, true)
	fmt.Println(perim)
	p := Point{1, 2}
	q := Point{4, 6}
	distanceFromP := p.Distance
	fmt.Println(distanceFromP(q))
	scaleP := p.ScaleBy
	scaleP(2)
	scaleP(3)
	fmt.Println(p)
	distance := Point.Distance
	fmt.Printf("%T %v\n", distance, distance(p, q))
	scale := (*Point).ScaleBy
	scale(&p, 0.5)
	fmt.Printf("%T %v\n", scale, p)
	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	cp := ColoredPoint{&Point{1, 1}, red}
	cq := ColoredPoint{&Point{5, 4}, blue}
	fmt.Println(cp.Distance(*cq.Point))
	cq.Point = cp.Point
	cp.ScaleBy(2)
	fmt.Println(*cp.Point, *cq.Point, cp.Color)
}

// Package image holds two-dimensional images: the geometry of points and rectangles,
// images over pixel buffers of the color types of package color, and the registry of
// formats that Decode sniffs.
package image

import (
	"image/color"
	"strconv"
)

// Point is an (X, Y) coordinate; X grows to the right and Y downwards.
type Point struct {
	X, Y int
}

// ZP is the origin (use Point{} instead).
var ZP Point

// Pt is Point{X, Y}.
func Pt(X, Y int) Point { return Point{X, Y} }

func (p Point) String() string {
	b := append(make([]byte, 0, 24), '(')
	b = strconv.AppendInt(b, int64(p.X), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(p.Y), 10)
	return string(append(b, ')'))
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }
func (p Point) Mul(k int) Point   { return Point{p.X * k, p.Y * k} }
func (p Point) Div(k int) Point   { return Point{p.X / k, p.Y / k} }
func (p Point) Eq(q Point) bool   { return p == q }

// In reports whether p lies in r (which includes its Min and excludes its Max).
func (p Point) In(r Rectangle) bool {
	return inSpan(p.X, r.Min.X, r.Max.X) && inSpan(p.Y, r.Min.Y, r.Max.Y)
}

func inSpan(v, lo, hi int) bool { return lo <= v && v < hi }

// Mod returns the point of r that p lands on when r tiles the plane.
func (p Point) Mod(r Rectangle) Point {
	wrap := func(v, lo, n int) int {
		m := (v - lo) % n
		if m < 0 {
			m += n
		}
		return lo + m
	}
	return Point{wrap(p.X, r.Min.X, r.Dx()), wrap(p.Y, r.Min.Y, r.Dy())}
}

// Rectangle holds the points with Min.X <= X < Max.X and Min.Y <= Y < Max.Y. It is
// well-formed when Min is not past Max; it is also an Image (opaque inside, transparent
// outside).
type Rectangle struct {
	Min, Max Point
}

// ZR is the empty rectangle at the origin (use Rectangle{} instead).
var ZR Rectangle

// Rect is the well-formed rectangle with corners (x0, y0) and (x1, y1).
func Rect(x0, y0, x1, y1 int) Rectangle {
	return Rectangle{Point{min(x0, x1), min(y0, y1)}, Point{max(x0, x1), max(y0, y1)}}
}

func (r Rectangle) String() string { return r.Min.String() + "-" + r.Max.String() }

func (r Rectangle) Dx() int     { return r.Max.X - r.Min.X }
func (r Rectangle) Dy() int     { return r.Max.Y - r.Min.Y }
func (r Rectangle) Size() Point { return r.Max.Sub(r.Min) }
func (r Rectangle) Empty() bool { return r.Dx() <= 0 || r.Dy() <= 0 }
func (r Rectangle) Canon() Rectangle {
	return Rect(r.Min.X, r.Min.Y, r.Max.X, r.Max.Y)
}

func (r Rectangle) Add(p Point) Rectangle { return Rectangle{r.Min.Add(p), r.Max.Add(p)} }
func (r Rectangle) Sub(p Point) Rectangle { return Rectangle{r.Min.Sub(p), r.Max.Sub(p)} }

// Inset shrinks r by n on every side (grows it for negative n); a side pair too close
// together collapses to its midpoint.
func (r Rectangle) Inset(n int) Rectangle {
	shrink := func(lo, hi *int) {
		if *hi-*lo < 2*n {
			mid := (*lo + *hi) / 2
			*lo, *hi = mid, mid
		} else {
			*lo += n
			*hi -= n
		}
	}
	shrink(&r.Min.X, &r.Max.X)
	shrink(&r.Min.Y, &r.Max.Y)
	return r
}

// Intersect is the largest rectangle in both r and s; ZR if they do not overlap.
func (r Rectangle) Intersect(s Rectangle) Rectangle {
	out := Rectangle{
		Point{max(r.Min.X, s.Min.X), max(r.Min.Y, s.Min.Y)},
		Point{min(r.Max.X, s.Max.X), min(r.Max.Y, s.Max.Y)},
	}
	if out.Empty() {
		return ZR
	}
	return out
}

// Union is the smallest rectangle holding both (an empty one counts for nothing).
func (r Rectangle) Union(s Rectangle) Rectangle {
	switch {
	case r.Empty():
		return s
	case s.Empty():
		return r
	}
	return Rectangle{
		Point{min(r.Min.X, s.Min.X), min(r.Min.Y, s.Min.Y)},
		Point{max(r.Max.X, s.Max.X), max(r.Max.Y, s.Max.Y)},
	}
}

// Eq reports whether r and s hold the same points (all empty rectangles are equal).
func (r Rectangle) Eq(s Rectangle) bool { return r == s || (r.Empty() && s.Empty()) }

// Overlaps reports whether r and s share a point.
func (r Rectangle) Overlaps(s Rectangle) bool {
	return !r.Intersect(s).Empty()
}

// In reports whether every point of r is in s.
func (r Rectangle) In(s Rectangle) bool {
	if r.Empty() {
		return true
	}
	return s.Min.X <= r.Min.X && r.Max.X <= s.Max.X && s.Min.Y <= r.Min.Y && r.Max.Y <= s.Max.Y
}

func (r Rectangle) At(x, y int) color.Color {
	if (Point{x, y}).In(r) {
		return color.Opaque
	}
	return color.Transparent
}

func (r Rectangle) RGBA64At(x, y int) color.RGBA64 {
	var c color.RGBA64
	if (Point{x, y}).In(r) {
		c.R, c.G, c.B, c.A = 0xffff, 0xffff, 0xffff, 0xffff
	}
	return c
}

func (r Rectangle) Bounds() Rectangle       { return r }
func (r Rectangle) ColorModel() color.Model { return color.Alpha16Model }

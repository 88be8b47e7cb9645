// Package geom defines shapes with areas and perimeters.
package geom

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"example.com/sample/internal/config"
)

// Shape is anything with an area and a perimeter.
type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

// Rect is an axis-aligned rectangle.
type Rect struct {
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

// Circle is a circle of radius R.
type Circle struct {
	R float64
}

func (c Circle) Area() float64      { return math.Pi * square(c.R) }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

// square is unexported: other packages cannot call it.
func square(x float64) float64 { return x * x }

// ErrSyntax reports a malformed shape description.
var ErrSyntax = errors.New("geom: syntax error")

// Parse reads "rect W H" or "circle R".
func Parse(s string) (Shape, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return nil, ErrSyntax
	}
	nums := make([]float64, 0, 2)
	for _, t := range f[1:] {
		v, err := strconv.ParseFloat(t, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: %q is not a number", ErrSyntax, t)
		}
		nums = append(nums, v)
	}
	switch {
	case f[0] == "rect" && len(nums) == 2:
		return Rect{nums[0], nums[1]}, nil
	case f[0] == "circle" && len(nums) == 1:
		return Circle{nums[0]}, nil
	}
	return nil, fmt.Errorf("%w: unknown shape %q", ErrSyntax, s)
}

// Format prints a measurement with the configured precision.
func Format(v float64) string {
	return strconv.FormatFloat(v, 'f', config.Precision, 64)
}

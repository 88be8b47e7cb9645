// Package report renders shapes as a table.
package report

import (
	"fmt"
	"strings"

	"example.com/sample/geom"
	"example.com/sample/internal/config"
	"example.com/textutil"
)

var header = textutil.Title("shape report")

func init() {
	config.Trace("report: init")
}

// Table renders one line per shape.
func Table(shapes []geom.Shape) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", header)
	for _, s := range shapes {
		fmt.Fprintf(&b, "%s %s %s\n", textutil.PadRight(s.Name(), 8), geom.Format(s.Area()), geom.Format(s.Perimeter()))
	}
	return b.String()
}

// Total sums the areas.
func Total(shapes []geom.Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

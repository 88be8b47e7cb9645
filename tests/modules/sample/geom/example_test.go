package geom_test

import (
	"fmt"

	"example.com/sample/geom"
)

func ExampleRect_Area() {
	r := geom.Rect{W: 3, H: 4}
	fmt.Println(r.Area())
	// Output: 12
}

func ExampleParse() {
	s, err := geom.Parse("circle 2")
	fmt.Println(s.Name(), geom.Format(s.Perimeter()), err)
	_, err = geom.Parse("triangle")
	fmt.Println(err)
	// Output:
	// circle 12.57 <nil>
	// geom: syntax error: unknown shape "triangle"
}

func ExampleKinds() {
	for _, k := range geom.Kinds() {
		fmt.Println(k, geom.Unit(k).Area() > 0)
	}
	// Unordered output:
	// rect true
	// circle true
}

// Command shapes parses shape descriptions from its arguments and prints a report.
package main

import (
	"fmt"
	"os"

	"example.com/sample/geom"
	"example.com/sample/internal/config"
	"example.com/sample/report"
	"example.com/textutil"
)

var first = step("main.go: var first")

func init() {
	config.Trace("main: init in main.go")
}

func main() {
	args := os.Args[1:]
	if len(args) == 0 {
		args = defaultShapes
	}
	var shapes []geom.Shape
	for _, a := range args {
		s, err := geom.Parse(a)
		if err != nil {
			fmt.Fprintln(os.Stderr, "shapes:", err)
			os.Exit(3)
		}
		shapes = append(shapes, s)
	}
	fmt.Print(report.Table(shapes))
	fmt.Println("total", geom.Format(report.Total(shapes)))
	fmt.Println("kinds", geom.Kinds(), "registered", textutil.Registered())
	fmt.Println("first", first, "second", second, "steps", config.Steps())
}

package main

import "example.com/sample/internal/config"

// second depends on first (declared in main.go): initialized after it.
var second = first + step("setup.go: var second")

var defaultShapes = []string{"rect 3 4", "circle 1", "rect 2 2.5"}

func step(s string) int {
	config.Trace(s)
	return len(s)
}

func init() {
	config.Trace("main: init in setup.go")
}

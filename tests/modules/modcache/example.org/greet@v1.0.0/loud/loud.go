// Package loud shouts greetings.
package loud

import (
	"strings"

	"example.org/greet"
)

// Hello greets loudly.
func Hello(name string) string { return strings.ToUpper(greet.Hello(name)) + "!" }

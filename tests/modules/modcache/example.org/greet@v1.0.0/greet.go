// Package greet is a module served from a (read-only) module cache.
package greet

import "fmt"

var greetings int

// Hello greets someone.
func Hello(name string) string {
	greetings++
	return fmt.Sprintf("hello, %s (greeting %d)", name, greetings)
}

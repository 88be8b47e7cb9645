package typeerr

import "strings"

// Count has a type error: it returns a string as an int.
func Count(s string) int {
	return strings.ToUpper(s)
}

func unused() {
	x := 1
}

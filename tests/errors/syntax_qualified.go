package main

import "fmt"

func main() {
	var t fmt.Stringer.String // ERROR "syntax error: unexpected \. at end of statement"
}

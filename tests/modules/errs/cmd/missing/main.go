package main

import (
	"fmt"

	"example.com/errs/nothere"
	"example.org/unrequired"
	"foo/bar"
)

func main() { fmt.Println(nothere.X, unrequired.Z, bar.B) }

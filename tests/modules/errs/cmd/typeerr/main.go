package main

import (
	"fmt"

	"example.com/errs/typeerr"
)

func main() {
	var n string = typeerr.Count("x")
	fmt.Println(n)
}

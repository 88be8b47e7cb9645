package main

import (
	"fmt"

	"example.com/errs/constraints"
)

func main() { fmt.Println(constraints.Picked) }

package main

import (
	"fmt"

	"example.com/errs/cycle/a"
)

func main() { fmt.Println(a.A()) }

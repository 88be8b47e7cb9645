package main

import "fmt"

var b = trace("b = c * 2", c*2)

var d = trace("d = 7", 7)

func init() { fmt.Println("init in b.go") }

package main

import "fmt"

var c = trace("c = 3", 3)

func init() { fmt.Println("init in c.go, d =", d) }

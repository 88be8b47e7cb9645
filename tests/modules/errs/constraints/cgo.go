package constraints

// #include <stdio.h>
import "C"

func init() { Picked = append(Picked, "cgo.go") }

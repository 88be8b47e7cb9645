// Packages initialize in Go 1.21's order: repeatedly the first package by import path
// whose imports are initialized. main imports zeta (which imports beta) before alpha, yet
// alpha initializes first.
package main

import (
	"fmt"

	"example.com/initorder/zeta"
	"example.com/initorder/alpha"
)

func init() { fmt.Println("main init") }

func main() {
	fmt.Println(zeta.Name(), alpha.Name)
}

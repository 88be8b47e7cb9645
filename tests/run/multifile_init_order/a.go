// Package-level variables initialize in dependency order across files, then in the order
// the files are presented (sorted by name); init functions run per file in that order.
package main

import "fmt"

var a = trace("a = b + 1", b+1)

func init() { fmt.Println("init in a.go #1") }

func trace(what string, v int) int {
	fmt.Println("initializing", what)
	return v
}

func init() { fmt.Println("init in a.go #2") }

func main() {
	fmt.Println("main:", a, b, c, d)
}

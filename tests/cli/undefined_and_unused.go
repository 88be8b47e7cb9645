package main

import "os"

func main() {
	x := 1
	y = 2
}

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "error: something failed")
	fmt.Println("partial output")
	os.Exit(1)
}

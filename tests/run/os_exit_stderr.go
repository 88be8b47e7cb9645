package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("partial output")
	fmt.Fprintln(os.Stderr, "error: something failed")
	os.Exit(1)
}

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exit 0 explicitly")
	os.Exit(0)
	fmt.Println("unreachable")
}

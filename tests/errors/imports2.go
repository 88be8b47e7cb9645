package main

import (
	"fmt"
)

func main() {
	fmt.Println(os.Args) // ERROR "undefined: os"
	fmt.Println(strings.ToUpper("x")) // ERROR "undefined: strings"
}

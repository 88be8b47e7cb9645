package main

import "fmt"

func main() {
	fmt.Println("a" "b") // ERROR "syntax error: unexpected literal \"b\" in argument list; possibly missing comma or \)"
}

package main

import (
	"fmt"

	"example.org/greet"
	"example.org/greet/loud"
)

func main() {
	fmt.Println(greet.Hello("cache"))
	fmt.Println(loud.Hello("module"))
}

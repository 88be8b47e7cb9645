package main

import "fmt"

type T struct{ V int }

func main() {
	var p *T
	fmt.Println("deref")
	fmt.Println(p.V)
}

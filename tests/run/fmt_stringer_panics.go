package main

import "fmt"

type Bad struct{}

func (Bad) String() string { panic("boom in String") }

type NilOK struct{ s string }

func (n *NilOK) String() string { return "nil-receiver: " + n.s }

type Fine struct{ v int }

func (f *Fine) String() string {
	if f == nil {
		return "<nil Fine>"
	}
	return fmt.Sprint("Fine ", f.v)
}

func main() {
	fmt.Println(Bad{})
	fmt.Printf("[%v]\n", Bad{})
	var n *NilOK
	fmt.Println(n)
	var f *Fine
	fmt.Println(f, &Fine{3})
}

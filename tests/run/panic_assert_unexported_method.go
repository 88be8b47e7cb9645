package main

import "fmt"

type I interface{ m() }

type T struct{}

func (T) m() {}

func main() {
	var p *interface{ m() }
	fmt.Printf("%T\n", p)
	var q *interface {
		Exported()
		m()
	}
	fmt.Printf("%T\n", q)
	var i I = T{}
	fmt.Printf("%T\n", &i)
	var x any = 1
	_ = x.(interface{ m() })
}

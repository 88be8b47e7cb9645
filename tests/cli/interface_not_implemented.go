package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }

func main() {
	var sh Shape = Square{2}
	fmt.Println(sh.Area())
	var n int = nil
	_ = n
}

package main

import "fmt"

type Base struct{ id int }

func (b *Base) ID() int {
	if b == nil {
		return -1
	}
	return b.id
}

func (b Base) Value() int { return b.id }

type Derived struct {
	*Base
	name string
}

func main() {
	d := Derived{nil, "d"}
	fmt.Println(d.ID())
	d.Base = &Base{7}
	fmt.Println(d.ID(), d.Value())
	defer func() { fmt.Println("recovered:", recover()) }()
	e := Derived{name: "e"}
	fmt.Println(e.Value())
}

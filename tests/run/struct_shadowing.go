package main

import "fmt"

type Inner struct {
	Name  string
	Value int
}

func (Inner) Hello() string   { return "inner hello" }
func (Inner) Only() string    { return "only inner" }
func (i Inner) Show() string  { return "inner:" + i.Name }

type Outer struct {
	Inner
	Name string
}

func (Outer) Hello() string { return "outer hello" }

type Level1 struct{ Level2 }
type Level2 struct{ Level3 }
type Level3 struct{ V int }

func (l Level3) Get() int { return l.V }

func main() {
	o := Outer{Inner{"in", 1}, "out"}
	fmt.Println(o.Name, o.Inner.Name, o.Value)
	fmt.Println(o.Hello(), o.Inner.Hello(), o.Only())
	fmt.Println(o.Show())
	o.Value = 42
	fmt.Println(o.Inner.Value)
	l := Level1{Level2{Level3{7}}}
	fmt.Println(l.V, l.Get(), l.Level2.Level3.V)
	f := o.Show
	o.Inner.Name = "changed"
	fmt.Println(f(), o.Show())
	g := Outer.Hello
	fmt.Println(g(o))
	h := (*Outer).Only
	fmt.Println(h(&o))
}

package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) SetName(n string) { a.Name = n }
func (a Animal) Kind() string    { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Kind() string { return "dog" }

type Base struct{ ID int }

func (b *Base) Bump() { b.ID++ }

type Wrapper struct {
	*Base
	Label string
}

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	Y int
}

type Deep struct{ Dog }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.SetName("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Println(d.Kind(), d.Animal.Kind())
	w := Wrapper{&Base{10}, "w"}
	w.Bump()
	w.Bump()
	fmt.Println(w.ID, w.Base.ID)
	w2 := w
	w2.Bump()
	fmt.Println(w.ID, w2.ID)
	c := C{A{1}, B{2}, 3}
	fmt.Println(c.A.X, c.B.X, c.Y)
	dp := Deep{d}
	fmt.Println(dp.Name, dp.Describe(), dp.Kind())
	dp.SetName("Deep")
	fmt.Println(dp.Dog.Animal.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	var i interface{ Describe() string } = d
	fmt.Println(i.Describe())
	var k interface{ Kind() string } = dp
	fmt.Println(k.Kind())
}

package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint(b.ID) }

type Derived struct {
	Base
	Name string
}

type Describer interface{ Describe() string }

func main() {
	d := Derived{Base{1}, "x"}
	var ds Describer = d
	_ = ds
	var b Base = d // ERROR "cannot use d \(variable of type Derived\) as Base value in variable declaration"
	_ = b
	d.Describe(1) // ERROR "too many arguments in call to d\.Describe"
	_ = d.Base.Name // ERROR "d\.Base\.Name undefined \(type Base has no field or method Name\)"
	_ = Derived{ID: 2} // ERROR "unknown field ID in struct literal of type Derived"
}

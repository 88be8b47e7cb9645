package main

type A struct { // ERROR "invalid recursive type A"
	b B
}

type B struct {
	a A
}

type C [2]C // ERROR "invalid recursive type: C refers to itself"

type D struct{ d D } // ERROR "invalid recursive type: D refers to itself"

type F *F

type G []G

func main() {}

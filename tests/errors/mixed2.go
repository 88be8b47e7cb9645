package main

import "fmt"

type Animal interface {
	Sound() string
}

type Dog struct{ name string }

func (d *Dog) Sound() string { return "woof" }

type Cat struct{ name string }

func (c Cat) Sound(loud bool) string { return "meow" }

func describe(a Animal) {
	fmt.Println(a.Sound())
}

func main() {
	describe(Dog{"rex"}) // ERROR "cannot use Dog\{…\} \(value of type Dog\) as Animal value in argument to describe: Dog does not implement Animal \(method Sound has pointer receiver\)"
	describe(Cat{"tom"}) // ERROR "cannot use Cat\{…\} \(value of type Cat\) as Animal value in argument to describe: Cat does not implement Animal \(wrong type for method Sound\)"
	var animals []Animal = []Animal{&Dog{}, Cat{}} // ERROR "cannot use Cat\{\} \(value of type Cat\) as Animal value in array or slice literal: Cat does not implement Animal \(wrong type for method Sound\)"
	for i, a := range animals { // ERROR "declared and not used: i"
		fmt.Println(a.Name) // ERROR "a\.Name undefined \(type Animal has no field or method Name\)"
	}
}

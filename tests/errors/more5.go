package main

import "fmt"

func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int:
		fmt.Println(v + "x") // ERROR "invalid operation: v \+ \"x\" \(mismatched types int and untyped string\)"
	case string:
		fmt.Println(v * 2) // ERROR "invalid operation: v \* 2 \(mismatched types string and untyped int\)"
	}
	n := i + 1 // ERROR "invalid operation: i \+ 1 \(mismatched types interface\{\} and int\)"
	_ = n
	var e error
	_ = e.Error
	_ = e.Message // ERROR "e\.Message undefined \(type error has no field or method Message\)"
}

package main

func main() {
	s := "x"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b := true
	b-- // ERROR "invalid operation: b-- \(non-numeric type bool\)"
	var m map[string]int
	m["a"]++
	const c = 1
	c++ // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	f := 1.5
	f++
	var p *int
	p++ // ERROR "invalid operation: p\+\+ \(non-numeric type \*int\)"
}

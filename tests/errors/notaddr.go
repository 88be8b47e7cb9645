package main

type T struct{ x int }

func f() T { return T{} }

func main() {
	m := map[string]T{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\]\.x in map"
	f().x = 2 // ERROR "cannot assign to f\(\)\.x \(neither addressable nor a map index expression\)"
	"abc"[0] = 'x' // ERROR "cannot assign to \"abc\"\[0\] \(neither addressable nor a map index expression\)"
	1 = 2 // ERROR "cannot assign to 1 \(neither addressable nor a map index expression\)"
	len("x") = 3 // ERROR "cannot assign to len\(\"x\"\) \(neither addressable nor a map index expression\)"
	const c = 1
	c = 2 // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[\"a\"\] \(map index expression of type T\)"
}

package main

type S struct{ f []int }

func main() {
	var a, b []int
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	var m1, m2 map[int]int
	_ = m1 == m2 // ERROR "invalid operation: m1 == m2 \(map can only be compared to nil\)"
	var f1, f2 func()
	_ = f1 == f2 // ERROR "invalid operation: f1 == f2 \(func can only be compared to nil\)"
	var s1, s2 S
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = a < b // ERROR "invalid operation: a < b \(operator < not defined on slice\)"
	var p, q *int
	_ = p < q // ERROR "invalid operation: p < q \(operator < not defined on pointer\)"
	var c1, c2 complex128
	_ = c1 < c2 // ERROR "invalid operation: c1 < c2 \(operator < not defined on complex128\)"
}

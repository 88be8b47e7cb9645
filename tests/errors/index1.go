package main

func main() {
	var i int
	_ = i[0] // ERROR "invalid operation: cannot index i \(variable of type int\)"
	var a [3]int
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	var s []int
	_ = s["x"] // ERROR "cannot convert \"x\" \(untyped string constant\) to type int"
	var m map[string]int
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	var str string
	str[0] = 'x' // ERROR "cannot assign to str\[0\] \(neither addressable nor a map index expression\)"
	_ = a[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int"
}

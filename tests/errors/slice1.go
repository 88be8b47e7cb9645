package main

func main() {
	var i int
	_ = i[1:2] // ERROR "invalid operation: cannot slice i \(variable of type int\)"
	var a [3]int
	_ = a[1:5] // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2"
	var s []int
	_ = s[1:2:1] // ERROR "invalid slice indices: 1 < 2"
	str := "hello"
	_ = str[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	var m map[int]int
	_ = m[1:2] // ERROR "invalid operation: cannot slice m \(variable of type map\[int\]int\)"
	_ = [3]int{1, 2, 3}[1:] // ERROR "invalid operation: \[3\]int\{…\} \(value of type \[3\]int\) \(slice of unaddressable value\)"
}

package main

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	var b uint8 = s // ERROR "cannot use s \(variable of type string\) as uint8 value in variable declaration"
	r := []int32(s)
	var str string = r // ERROR "cannot use r \(variable of type \[\]int32\) as string value in variable declaration"
	n := len(s) + "x" // ERROR "invalid operation: len\(s\) \+ \"x\" \(mismatched types int and untyped string\)"
	_, _, _ = b, str, n
	for i, c := range s {
		_ = i + int(c)
	}
}

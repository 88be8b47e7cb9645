package main

import "unsafe"

type T struct{ a int }

func main() {
	var i *int
	_ = unsafe.Sizeof() // ERROR "invalid operation: not enough arguments for unsafe\.Sizeof\(\) \(expected 1, found 0\)"
	_ = unsafe.Sizeof(1, 2) // ERROR "invalid operation: too many arguments for unsafe\.Sizeof\(1, 2\) \(expected 1, found 2\)"
	_ = unsafe.Foo // ERROR "undefined: unsafe\.Foo"
	_ = (*float64)(i) // ERROR "cannot convert i \(variable of type \*int\) to type \*float64"
	_ = unsafe.Sizeof(main)
	_ = unsafe.Sizeof(nil) // ERROR "use of untyped nil in argument to unsafe\.Sizeof"
	_ = unsafe.Sizeof(T) // ERROR "T \(type\) is not an expression"
	defer unsafe.Sizeof(1) // ERROR "defer discards result of unsafe\.Sizeof\(1\) \(constant 8 of type uintptr\)"
	unsafe.Slice(i, 2) // ERROR "unsafe\.Slice\(i, 2\) \(value of type \[\]int\) is not used"
	_ = uintptr(i) // ERROR "cannot convert i \(variable of type \*int\) to type uintptr"
}

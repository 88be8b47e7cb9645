package main

import "unsafe"

type T struct{ a int }

func (T) M() {}

type U struct {
	*T
	b int
}

func main() {
	var x T
	var u U
	var i *int
	var f float64
	_ = unsafe.Offsetof(x) // ERROR "invalid argument: x is not a selector expression"
	_ = unsafe.Offsetof(x.M) // ERROR "invalid argument: x\.M is a method value"
	_ = unsafe.Offsetof(u.a) // ERROR "invalid argument: field a is embedded via a pointer in U"
	_ = unsafe.Add(i, 1) // ERROR "cannot use i \(variable of type \*int\) as unsafe\.Pointer value in argument to unsafe\.Add"
	_ = unsafe.Add(unsafe.Pointer(i), 1.5) // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = unsafe.Slice(1, 2) // ERROR "invalid argument: 1 \(untyped int constant\) is not a pointer"
	_ = unsafe.String(i, 2) // ERROR "cannot use i \(variable of type \*int\) as \*byte value in argument to unsafe\.String"
	_ = unsafe.Slice(i, f) // ERROR "invalid argument: length f \(variable of type float64\) must be integer"
	_ = unsafe.SliceData(x) // ERROR "invalid argument: x \(variable of type T\) is not a slice"
}

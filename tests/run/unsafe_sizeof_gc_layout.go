package main

import (
	"fmt"
	"unsafe"
)

type E struct{}
type S1 struct {
	a int64
	b struct{}
}
type S2 struct {
	a byte
	b [0]int64
}
type S3 struct {
	a bool
	b int16
	c []int
}
type S4 struct {
	b struct{}
}
type S5 struct {
	a complex64
	b bool
}

func main() {
	var c64 complex64
	fmt.Println(unsafe.Sizeof(S1{}), unsafe.Sizeof(S2{}), unsafe.Sizeof(S3{}), unsafe.Sizeof(S4{}), unsafe.Sizeof(S5{}), unsafe.Alignof(c64), unsafe.Alignof(S5{}))
	var x S3
	fmt.Println(unsafe.Offsetof(x.b), unsafe.Offsetof(x.c), unsafe.Alignof(x.b))
	fmt.Printf("%T\n", unsafe.Sizeof(1))
	const k = unsafe.Sizeof(x)
	fmt.Println(k)
}

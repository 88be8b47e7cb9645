package main

import (
	"fmt"
	"unsafe"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, ok := r.(interface{ RuntimeError() })
		fmt.Printf("%v %T %v\n", r, r, ok)
	}()
	f()
}

func main() {
	var p *byte
	n := -1
	try(func() { _ = unsafe.String(p, n) })
	try(func() { _ = unsafe.String(p, 1) })
	try(func() { _ = unsafe.Slice(p, n) })
	try(func() { _ = unsafe.Slice(p, 1) })
	var q *int64 = new(int64)
	try(func() { _ = unsafe.Slice(q, 1<<61) })
	var u uint64 = 1<<63
	try(func() { _ = unsafe.Slice(q, u) })
	try(func() { _ = unsafe.String(p, 0) ; fmt.Println(unsafe.Slice(p, 0) == nil)})
	var s []int
	fmt.Println(unsafe.SliceData(s) == nil, unsafe.SliceData([]int{}) == nil, unsafe.StringData(""))
}

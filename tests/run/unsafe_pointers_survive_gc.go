package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type node struct {
	v    int
	next unsafe.Pointer
}

func mk(i int) []int64 {
	a := make([]int64, 100)
	for j := range a {
		a[j] = int64(i*1000 + j)
	}
	return a
}

func main() {
	var views [][]int64
	var strs []string
	for i := 0; i < 200; i++ {
		a := mk(i)
		views = append(views, unsafe.Slice(&a[50], 10))
		b := []byte(fmt.Sprint("str", i))
		strs = append(strs, unsafe.String(&b[1], len(b)-1))
		_ = make([]byte, 10000)
	}
	var head unsafe.Pointer
	for i := 0; i < 1000; i++ {
		head = unsafe.Pointer(&node{v: i, next: head})
	}
	runtime.GC()
	for i := 0; i < 3000; i++ {
		_ = make([]int64, 1000)
	}
	runtime.GC()
	sum := 0
	for p := head; p != nil; p = (*node)(p).next {
		sum += (*node)(p).v
	}
	fmt.Println(views[0][0], views[199][9], strs[0], strs[199], sum)
}

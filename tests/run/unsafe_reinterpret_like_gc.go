package main

import (
	"fmt"
	"unsafe"
)

type pair struct {
	a bool
	b int16
	c []int
}

type hdr struct {
	data uintptr
	n    int
	c    int
}

type wide struct {
	x int64
	y float64
	s string
}

func float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

func main() {
	var x pair
	fmt.Println(unsafe.Sizeof(x), unsafe.Alignof(x), unsafe.Offsetof(x.a), unsafe.Offsetof(x.b), unsafe.Offsetof(x.c))
	pb := (*int16)(unsafe.Pointer(uintptr(unsafe.Pointer(&x)) + unsafe.Offsetof(x.b)))
	*pb = 42
	fmt.Println(x.b)
	pc := (*[]int)(unsafe.Add(unsafe.Pointer(&x), unsafe.Offsetof(x.c)))
	*pc = []int{1, 2, 3}
	fmt.Println(x.c)
	fmt.Printf("%#016x %#08x\n", float64bits(1.5), float32bits(-2.25))
	u := uint64(0x0102030405060708)
	b := (*[8]byte)(unsafe.Pointer(&u))
	fmt.Println(*b, b[0] == 8)
	s := []int{10, 20, 30}
	h := (*hdr)(unsafe.Pointer(&s))
	fmt.Println(h.n, h.c)
	w := wide{1, 2.5, "hi"}
	py := (*float64)(unsafe.Pointer(uintptr(unsafe.Pointer(&w)) + unsafe.Offsetof(w.y)))
	fmt.Println(*py)
	arr := [4]int32{1, 2, 3, 4}
	p2 := (*int32)(unsafe.Add(unsafe.Pointer(&arr[0]), 2*unsafe.Sizeof(arr[0])))
	fmt.Println(*p2)
	bs := []byte("hello")
	str := unsafe.String(&bs[0], len(bs))
	fmt.Println(str, len(str))
	d := unsafe.StringData(str)
	fmt.Println(*d == 'h')
	sl := unsafe.Slice(&arr[1], 3)
	fmt.Println(sl, len(sl), cap(sl))
	fmt.Println(*unsafe.SliceData(s))
	var p unsafe.Pointer = unsafe.Pointer(&w)
	w2 := (*wide)(p)
	fmt.Println(w2.s, p == unsafe.Pointer(&w))
	var f32 = [2]float32{1, 2}
	fmt.Printf("%x\n", *(*uint64)(unsafe.Pointer(&f32)))
	fmt.Println(unsafe.Sizeof(struct {
		a bool
		b int64
	}{}), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(any(nil)), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof([3]int16{}), unsafe.Sizeof(complex64(0)))
}

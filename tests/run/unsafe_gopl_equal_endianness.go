// gopl ch13 style: deep equality with cycle detection through unsafe.Pointer identities,
// Rosetta "Endianness", "Size of a variable" and "Address of a variable" (without printing addresses).
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type comparison struct {
	x, y unsafe.Pointer
	t    reflect.Type
}

func equal(x, y reflect.Value, seen map[comparison]bool) bool {
	if !x.IsValid() || !y.IsValid() {
		return x.IsValid() == y.IsValid()
	}
	if x.Type() != y.Type() {
		return false
	}
	if x.CanAddr() && y.CanAddr() {
		xptr := unsafe.Pointer(x.UnsafeAddr())
		yptr := unsafe.Pointer(y.UnsafeAddr())
		if xptr == yptr {
			return true
		}
		c := comparison{xptr, yptr, x.Type()}
		if seen[c] {
			return true
		}
		seen[c] = true
	}
	switch x.Kind() {
	case reflect.Bool:
		return x.Bool() == y.Bool()
	case reflect.String:
		return x.String() == y.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return x.Int() == y.Int()
	case reflect.Chan, reflect.UnsafePointer, reflect.Func:
		return x.Pointer() == y.Pointer()
	case reflect.Ptr, reflect.Interface:
		return equal(x.Elem(), y.Elem(), seen)
	case reflect.Array, reflect.Slice:
		if x.Len() != y.Len() {
			return false
		}
		for i := 0; i < x.Len(); i++ {
			if !equal(x.Index(i), y.Index(i), seen) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i, n := 0, x.NumField(); i < n; i++ {
			if !equal(x.Field(i), y.Field(i), seen) {
				return false
			}
		}
		return true
	case reflect.Map:
		if x.Len() != y.Len() {
			return false
		}
		for _, k := range x.MapKeys() {
			if !equal(x.MapIndex(k), y.MapIndex(k), seen) {
				return false
			}
		}
		return true
	}
	panic("unreachable")
}

func Equal(x, y interface{}) bool {
	seen := make(map[comparison]bool)
	return equal(reflect.ValueOf(x), reflect.ValueOf(y), seen)
}

type link struct {
	value string
	tail  *link
}

func main() {
	fmt.Println(Equal([]int{1, 2, 3}, []int{1, 2, 3}), Equal([]string{"foo"}, []string{"bar"}), Equal([]string(nil), []string{}), Equal(map[string]int(nil), map[string]int{}))
	a, b, c := &link{value: "a"}, &link{value: "b"}, &link{value: "c"}
	a.tail, b.tail, c.tail = b, a, c
	fmt.Println(Equal(a, a), Equal(b, b), Equal(c, c), Equal(a, b), Equal(a, c))
	var i int32 = 0x01020304
	p := unsafe.Pointer(&i)
	if *(*byte)(p) == 0x04 {
		fmt.Println("little endian")
	} else {
		fmt.Println("big endian")
	}
	bs := (*[4]byte)(p)
	fmt.Println(bs[0], bs[3])
	var x struct {
		a bool
		b int16
		c []int
	}
	fmt.Println(unsafe.Sizeof(x), unsafe.Alignof(x.b), unsafe.Offsetof(x.c), unsafe.Sizeof(i), unsafe.Sizeof(p), unsafe.Sizeof(3.5), unsafe.Sizeof('x'), unsafe.Sizeof("hello"))
	q := &x.b
	fmt.Println(uintptr(unsafe.Pointer(q)) != 0, unsafe.Pointer(q) == unsafe.Pointer(&x.b))
	f := 3.75
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x %v\n", bits, *(*float64)(unsafe.Pointer(&bits)))
}

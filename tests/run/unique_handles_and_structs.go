// Package unique: equal values give equal handles (per handle type), Value returns the
// value; package structs' HostLayout marker changes no program-visible layout value.
package main

import (
	"fmt"
	"strings"
	"structs"
	"sync"
	"unique"
	"unsafe"
)

type point struct{ X, Y int }

type MyString string

type withMarker struct {
	_ structs.HostLayout
	a int32
	b int64
}

func main() {
	h1 := unique.Make("hello")
	h2 := unique.Make(strings.ToLower("HELLO"))
	h3 := unique.Make("world")
	fmt.Println(h1 == h2, h1 == h3, h1.Value(), h3.Value())
	p1 := unique.Make(point{1, 2})
	p2 := unique.Make(point{1, 2})
	fmt.Println(p1 == p2, p1.Value())
	a := unique.Make[any](1)
	b := unique.Make[any](1)
	c := unique.Make[any](int64(1))
	fmt.Println(a == b, a == c, a.Value(), c.Value())
	m1 := unique.Make(MyString("hello"))
	fmt.Println(m1.Value(), unique.Make(MyString("hello")) == m1)
	var wg sync.WaitGroup
	hs := make([]unique.Handle[string], 50)
	for i := range hs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hs[i] = unique.Make(fmt.Sprint("k", i%5))
		}()
	}
	wg.Wait()
	same := 0
	for i := range hs {
		if hs[i] == hs[i%5] {
			same++
		}
	}
	set := map[unique.Handle[string]]int{}
	for _, h := range hs {
		set[h]++
	}
	fmt.Println(same, len(set), set[unique.Make("k3")])
	var w withMarker
	fmt.Println(unsafe.Sizeof(w), unsafe.Offsetof(w.a), unsafe.Offsetof(w.b), unsafe.Sizeof(structs.HostLayout{}))
}

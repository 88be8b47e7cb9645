package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error: %v\n", name, err)
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error: %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2, 3}
	idx := 5
	try("index", func() { _ = s[idx] })
	neg := -1
	try("negindex", func() { _ = s[neg] })
	arr := [3]int{}
	try("array index", func() { arr[idx%4+2] = 1 })
	str := "abc"
	try("string index", func() { _ = str[idx] })
	hi := 7
	try("slice cap", func() { _ = s[:hi] })
	lo := 3
	hi2 := 2
	try("slice inverted", func() { _ = s[lo:hi2] })
	try("slice lo", func() { _ = s[4:] })
	try("slice3", func() { _ = s[1:2:hi] })
	try("string slice", func() { _ = str[1:hi] })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	var p *T
	try("nil deref", func() { fmt.Println(p.x) })
	zero := 0
	try("div zero", func() { fmt.Println(10 / zero) })
	try("mod zero", func() { fmt.Println(10 % zero) })
	var i interface{} = "str"
	try("assert", func() { _ = i.(int) })
	var e interface{}
	try("assert nil", func() { _ = e.(string) })
	try("assert iface", func() { _ = i.(fmt.Stringer) })
	c := make(chan int)
	close(c)
	try("close closed", func() { close(c) })
	try("send closed", func() { c <- 1 })
	var nc chan int
	try("close nil", func() { close(nc) })
	try("make neg", func() { _ = make([]int, neg) })
	var fn func()
	try("nil func", func() { fn() })
	try("custom", func() { panic(fmt.Errorf("custom %d", 1)) })
	var arrp *[4]int
	try("nil array ptr", func() { _ = arrp[1] })
	try("conversion", func() { _ = [4]int(s) })
}

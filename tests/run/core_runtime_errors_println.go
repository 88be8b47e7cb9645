package main

import "runtime"

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			println(name, "->", re.Error())
			return
		}
		if e, ok := r.(error); ok {
			println(name, "-> error:", e.Error())
			return
		}
		println(name, "-> not an error")
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i, j := 5, 1
	catch("index", func() { _ = s[i] })
	catch("slice", func() { _ = s[i:] })
	catch("slice2", func() { _ = s[2:j] })
	catch("slicecap", func() { _ = s[:i] })
	var m map[string]bool
	catch("nilmap", func() { m["k"] = true })
	var p *struct{ v int }
	catch("nilptr", func() { p.v = 1 })
	z := 0
	catch("div", func() { _ = i / z })
	var x interface{} = "s"
	catch("assert", func() { _ = x.(int) })
	var y interface{}
	catch("assertnil", func() { _ = y.(int) })
	c := make(chan int)
	close(c)
	catch("closeclosed", func() { close(c) })
	catch("sendclosed", func() { c <- 1 })
	str := "abc"
	catch("strindex", func() { _ = str[i] })
	neg := -2
	catch("makeslice", func() { _ = make([]int, neg) })
	catch("arr", func() { _ = [2]int(s) })
}

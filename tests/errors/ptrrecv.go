package main

import "fmt"

type W struct{}

func (w *W) Write(p []byte) (int, error) { return 0, nil }

type S struct{}

func (s *S) String() string { return "" }

func main() {
	var w W
	fmt.Fprintln(w, "x") // ERROR "cannot use w \(variable of type W\) as io\.Writer value in argument to fmt\.Fprintln: W does not implement io\.Writer \(method Write has pointer receiver\)"
	fmt.Println(S{} == nil) // ERROR "invalid operation: S\{\} == nil \(mismatched types S and untyped nil\)"
	var st fmt.Stringer = S{} // ERROR "cannot use S\{\} \(value of type S\) as fmt\.Stringer value in variable declaration: S does not implement fmt\.Stringer \(method String has pointer receiver\)"
	_ = st
}

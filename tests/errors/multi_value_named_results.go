package main

import (
	"fmt"
	"strconv"
	"os"
)

func f() (n int, err error) { return }
func g() (int, error) { return 0, nil }

type T struct{}

func (T) Get() (v string, ok bool) { return }

func main() {
	x := f() + 1 // ERROR "multiple-value f\(\) \(value of type \(n int, err error\)\) in single-value context"
	y := g() + 1 // ERROR "multiple-value g\(\) \(value of type \(int, error\)\) in single-value context"
	var t T
	z := t.Get() + "a" // ERROR "multiple-value t\.Get\(\) \(value of type \(v string, ok bool\)\) in single-value context"
	w := strconv.Atoi("1") + 1 // ERROR "multiple-value strconv\.Atoi\(\"1\"\) \(value of type \(int, error\)\) in single-value context"
	var s string = f() // ERROR "multiple-value f\(\) \(value of type \(n int, err error\)\) in single-value context"
	fmt.Println(x, y, z, w, s, os.Open("x") == nil) // ERROR "multiple-value os\.Open\(\"x\"\) \(value of type \(\*os\.File, error\)\) in single-value context"
	h := func() (a, b int) { return }
	_ = h() + 1 // ERROR "multiple-value h\(\) \(value of type \(a int, b int\)\) in single-value context"
}

package main

import "fmt"

func f() (n int, err error) { return }
func g(a, b int, s ...string) (x int) { return }
func h(int, string) {}

type T struct{}

func (T) M(x int) (y int) { return }

func main() {
	var i int = f // ERROR "cannot use f \(value of type func\(\) \(n int, err error\)\) as int value in variable declaration"
	var j int = g // ERROR "cannot use g \(value of type func\(a int, b int, s \.\.\.string\) \(x int\)\) as int value in variable declaration"
	var k int = h // ERROR "cannot use h \(value of type func\(int, string\)\) as int value in variable declaration"
	var t T
	var l int = t.M // ERROR "cannot use t\.M \(value of type func\(x int\) \(y int\)\) as int value in variable declaration"
	ff := f
	var m string = ff // ERROR "cannot use ff \(variable of type func\(\) \(n int, err error\)\) as string value in variable declaration"
	fmt.Println(i, j, k, l, m)
}

package main

import "fmt"

func two() (int, string) { return 1, "a" }

func main() {
	var i interface{}
	c := make(chan int, 2)
	c <- 1
	c <- 2
	select {
	case i = <-c:
	}
	fmt.Println(i)
	var ok bool
	i, ok = <-c
	fmt.Println(i, ok)
	m := map[string]int{"x": 5}
	i, ok = m["x"]
	fmt.Println(i, ok)
	var e interface{}
	e, i = two()
	fmt.Println(e, i)
	var s fmt.Stringer
	_ = s
	for i = range 3 {
	}
	fmt.Println(i)
	var k, v interface{}
	for k, v = range map[int]string{7: "seven"} {
	}
	fmt.Println(k, v)
	var a interface{} = 3
	i, ok = a.(int)
	fmt.Println(i, ok)
	for k, v = range []float64{1.5} {
	}
	fmt.Println(k, v)
	for k, v = range "é" {
	}
	fmt.Println(k, v)
	cc := make(chan string, 1)
	cc <- "hi"
	close(cc)
	for v = range cc {
	}
	fmt.Println(v)
}

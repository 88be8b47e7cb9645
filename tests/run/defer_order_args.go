package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop body done: ")
}

func argsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	p := &x
	defer func(v int, q *int) { fmt.Println("param", v, "ptr", *q) }(x, p)
	x = 3
}

type T struct{ name string }

func (t T) M()   { fmt.Println("value recv", t.name) }
func (t *T) PM() { fmt.Println("ptr recv", t.name) }

func receivers() {
	t := T{"first"}
	defer t.M()
	defer t.PM()
	t.name = "second"
}

func main() {
	a()
	loop()
	fmt.Println()
	argsEval()
	receivers()
	func() {
		defer fmt.Println("1")
		defer fmt.Println("2")
		defer func() {
			defer fmt.Println("3 inner")
			fmt.Println("3")
		}()
	}()
	var f func()
	f = func() { fmt.Println("f called") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	fmt.Println("main end")
}

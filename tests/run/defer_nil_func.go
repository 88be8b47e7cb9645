package main

import "fmt"

func run() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var f func()
	defer f() // panics when the deferred call runs, not here
	fmt.Println("after defer statement")
}

type T struct{ n int }

func (t T) Show() { fmt.Println("show", t.n) }

func run2() {
	defer func() {
		fmt.Println("recovered 2:", recover())
	}()
	var p *T
	defer p.Show() // receiver *p evaluated now: panics immediately
	fmt.Println("not reached")
}

func main() {
	run()
	run2()
	fmt.Println("main end")
}

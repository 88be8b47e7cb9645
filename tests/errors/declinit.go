package main

var init = 1 // ERROR "cannot declare init - must be func"

const init = 2 // ERROR "cannot declare init - must be func"

type init struct{} // ERROR "cannot declare init - must be func"

func main() {
	init := 3
	_ = init
}

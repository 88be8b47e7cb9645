package main

const limit = 10

func main() {
	limit = 11
	var s string = 'c'
	_ = s
}

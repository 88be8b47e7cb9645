package main

var A = initA()
var B = 2
var C = B * 10

func initA() int {
	println("initA sees C =", C)
	return C + 1
}

func init() {
	println("init1", A, B, C)
	B = 100
}

func init() {
	println("init2", B)
}

func main() {
	println("main", A, B, C)
}

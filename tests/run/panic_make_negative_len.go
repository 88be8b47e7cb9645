package main

func main() {
	n := -3
	_ = make([]int, n)
}

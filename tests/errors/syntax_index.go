package main

func main() {
	a := []int{1}
	_ = a[1 2] // ERROR "syntax error: unexpected literal 2, expected comma, : or \]"
}

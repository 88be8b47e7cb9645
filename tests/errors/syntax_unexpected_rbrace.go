package main

func main() {
	x := [3]int{1, 2, 3 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \}"
	_ = x
}

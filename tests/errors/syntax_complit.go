package main

func main() {
	_ = []int{
		1,
		2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \}"
	}
}

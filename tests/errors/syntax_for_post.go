package main

func main() {
	for ; ; x := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
		_ = x
		break
	}
	var unused int
}

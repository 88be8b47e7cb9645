package main

func main() {
	x := 1 @ 2 // ERROR "invalid character U\+0040 '@'" "syntax error: unexpected literal 2 at end of statement"
	y := 3 # // ERROR "invalid character U\+0023 '#'"
	_, _ = x, y $ // ERROR "invalid character U\+0024 '\$'"
}

package main

func main() {
	var x = 
} // ERROR "syntax error: unexpected \}, expected expression"

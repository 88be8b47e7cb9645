package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at \./goto1\.go:5:4"
	x := 1
	_ = x
L:
	{
	M:
	}
	goto M // ERROR "goto M jumps into block starting at \./goto1\.go:8:2"
	for {
	N:
	}
	goto N // ERROR "goto N jumps into block starting at \./goto1\.go:12:6"
}

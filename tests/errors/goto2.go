package main

func f(i int) {
	switch i {
	case 0:
		goto L
	L:
		;
	default:
	}
	goto M // ERROR "goto M jumps into block starting at \./goto2\.go:12:11"
	if i > 0 {
	M:
	}
	{
		goto N // ERROR "goto N jumps over declaration of y at \./goto2\.go:17:5"
		y := 1
		_ = y
	N:
	}
	for i := 0; i < 3; i++ {
		goto P
	}
P:
}

func main() {}

package main

func main() {
	switch 0 {
	case 0:
	L0: // ERROR "syntax error: missing statement after label"
	case 1:
		goto L1
	L1:
	}
}

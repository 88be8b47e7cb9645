package main

func main() {
	break
L:
	for {
		continue M
	}
	goto L
}

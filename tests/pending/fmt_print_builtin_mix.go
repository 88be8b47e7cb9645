package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("stdout 1\n")
	println("stderr 1")
	fmt.Fprint(os.Stderr, "stderr via fmt\n")
	fmt.Println("stdout 2")
	print("stderr no newline")
	println()
	os.Stdout.WriteString("direct write\n")
	os.Stderr.Write([]byte("direct stderr\n"))
}

package main

import (
	"fmt"
	"os"
)

// All stdout output comes before all stderr output: tests/golden.rs compares
// stdout followed by stderr with Go's combined output.
func main() {
	fmt.Print("stdout 1\n")
	fmt.Println("stdout 2")
	n, err := os.Stdout.WriteString("direct write\n")
	fmt.Println(n, err)
	fmt.Fprintf(os.Stdout, "%s %d\n", "fprintf stdout", 3)
	println("stderr 1")
	fmt.Fprint(os.Stderr, "stderr via fmt\n")
	print("stderr no newline")
	println()
	os.Stderr.Write([]byte("direct stderr\n"))
	fmt.Fprintln(os.Stderr, "last", 1, 2.5)
}

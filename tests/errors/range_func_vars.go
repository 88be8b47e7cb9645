package main

var (
	seq0 func(func() bool)
	seq1 func(func(int) bool)
	seq2 func(func(int, int) bool)
	bad  func(func(int) int)
)

func main() {
	for x := range seq0 { // ERROR "range over seq0 \(variable of type func\(func\(\) bool\)\) permits no iteration variables"
		_ = x
	}
	for x, y := range seq1 { // ERROR "range over seq1 \(variable of type func\(func\(int\) bool\)\) permits only one iteration variable"
		_, _ = x, y
	}
	for x, y := range seq2 {
		var s string = x // ERROR "cannot use x \(variable of type int\) as string value in variable declaration"
		_, _ = s, y
	}
	for range bad { // ERROR "cannot range over bad \(variable of type func\(func\(int\) int\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func does not return bool"
	}
	for x := range seq1 { // ERROR "declared and not used: x"
	}
}

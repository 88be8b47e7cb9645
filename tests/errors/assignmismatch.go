package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var c, d int = 1, 2, 3 // ERROR "extra init expr 3"
	e := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var f, g, h = two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var x, y int // ERROR "declared and not used: x" "declared and not used: y"
	x, y = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	x = two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	x, y = two(), 1 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}

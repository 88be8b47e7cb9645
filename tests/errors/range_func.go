package main

func main() {
	var f func()
	for range f { // ERROR "cannot range over f \(variable of type func\(\)\): func must be func\(yield func\(\.\.\.\) bool\): wrong argument count"
	}
}

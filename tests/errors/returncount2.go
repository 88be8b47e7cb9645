package main

func G() (int, int, int) { return 1, 2, 3 }
func two() (int, int) { return 1, 2 }
func none() {}

func H() (int, int) {
	return G() // ERROR "too many return values"
}

func I() int {
	return two() // ERROR "too many return values"
}

func J() int {
	return none() // ERROR "none\(\) \(no value\) used as value"
}

func K() (int, int, int, int) {
	return 2, 3 // ERROR "not enough return values"
}

func L() int {
	return len("x")
}

func main() {}

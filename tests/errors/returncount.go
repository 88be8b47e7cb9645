package main

func a() int {
	return // ERROR "not enough return values"
}

func b() (int, string) {
	return 1 // ERROR "not enough return values"
}

func c() {
	return 1 // ERROR "too many return values"
}

func d() int {
	return 1, 2 // ERROR "too many return values"
}

func e() (x int, err error) {
	return
}

func f() (int, error) {
	return "x", nil // ERROR "cannot use \"x\" \(untyped string constant\) as int value in return statement"
}

func main() {}

package main

func f() (int, int) { return 1, 2 }

func main() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	a, b := f() // ERROR "declared and not used: b"
	_ = a
	for i := 0; i < 3; i++ {
		z := i // ERROR "declared and not used: z"
	}
	if w := 2; true { // ERROR "declared and not used: w"
	}
	var (
		p, q = 1, 2 // ERROR "declared and not used: q"
	)
	_ = p
	func() {
		inner := 1 // ERROR "declared and not used: inner"
	}()
}

package main

func a(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func b(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func c(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func d(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func e(x int) int {
	for {
	}
}

func f(x int) int {
	panic("x")
}

func g(x int) (r int) {
	switch {
	case x > 0:
		return 1
	default:
	}
} // ERROR "missing return"

func main() {}

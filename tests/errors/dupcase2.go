package main

func f(x float32, e interface{}, n int) {
	switch x {
	case 5:
	case 5.0: // ERROR "duplicate case 5\.0 \(constant 5 of type float32\) in expression switch"
	}
	switch e {
	case 0:
	case 0: // ERROR "duplicate case 0 \(constant of type int\) in expression switch"
	case float32(10):
	case float32(10): // ERROR "duplicate case float32\(10\) \(constant 10 of type float32\) in expression switch"
	}
	switch n {
	case 1 + 1:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	case len("ab"): // ERROR "duplicate case len\(\"ab\"\) \(constant 2 of type int\) in expression switch"
	}
	switch e.(type) {
	case func(int):
	case func(int): // ERROR "duplicate case func\(int\) in type switch"
	}
}

func main() {}

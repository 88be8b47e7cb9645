package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case 3:
	case 3: // ERROR "duplicate case 3 \(constant of type int\) in expression switch"
	}
	s := "a"
	switch s {
	case "a", "b", "a": // ERROR "duplicate case \"a\" \(constant of type string\) in expression switch"
	}
	switch {
	default:
	default: // ERROR "multiple defaults \(first at \./dupcase\.go:16:2\)"
	}
	var i interface{} = 1
	switch i.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	}
}

package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
	select {
	default:
		continue // ERROR "continue is not in a loop"
	}
	if true {
		break // ERROR "break is not in a loop, switch, or select"
	}
	func() {
		for {
			func() { break }() // ERROR "break is not in a loop, switch, or select"
		}
	}()
}

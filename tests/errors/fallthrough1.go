package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch x {
	case 1:
		if true {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 2:
	}
	fallthrough // ERROR "fallthrough statement out of place"
	var i interface{}
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
}

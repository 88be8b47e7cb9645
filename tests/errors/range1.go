package main

func main() {
	x := 1.5
	for range x { // ERROR "cannot range over x \(variable of type float64\)"
	}
	var ch chan<- int
	for range ch { // ERROR "cannot range over ch \(variable of type chan<- int\): receive from send-only channel"
	}
	for i, v := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, v
	}
}

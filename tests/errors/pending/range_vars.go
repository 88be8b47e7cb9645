package main

func main() {
	m := map[int]int{}
	for a, b, c := range m { // ERROR "declared and not used: a" "declared and not used: b" "range clause permits at most two iteration variables"
	}
}

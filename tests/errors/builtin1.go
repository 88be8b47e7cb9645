package main

func main() {
	_ = len(1) // ERROR "invalid argument: 1 \(untyped int constant\) for built-in len"
	_ = cap(map[int]int{}) // ERROR "invalid argument: map\[int\]int\{\} \(value of type map\[int\]int\) for built-in cap"
	var s []int
	s = append(1, 2) // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	_ = append(s, "x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to append"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = new(1) // ERROR "1 is not a type"
	delete(s, 1) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
}

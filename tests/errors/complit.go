package main

func main() {
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	_ = map[string]int{1} // ERROR "missing key in map literal"
	_ = []string{1} // ERROR "cannot use 1 \(untyped int constant\) as string value in array or slice literal"
	_ = [...]int{-1: 1} // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = map[int]string{1: 2} // ERROR "cannot use 2 \(untyped int constant\) as string value in map literal"
	_ = []int{"a": 1} // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	_ = int{1} // ERROR "invalid composite literal type int"
}

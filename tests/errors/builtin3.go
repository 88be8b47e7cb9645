package main

func main() {
	var s []int
	copy(s, []string{}) // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and \[\]string\{\} \(value of type \[\]string\) have different element types int and string"
	close(s) // ERROR "invalid operation: cannot close non-channel s \(variable of type \[\]int\)"
	copy(s) // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
	_ = cap(1, 2) // ERROR "invalid operation: too many arguments for cap\(1, 2\) \(expected 1, found 2\)"
	var m map[string]int
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	_ = append() // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = len(m, m) // ERROR "invalid operation: too many arguments for len\(m, m\) \(expected 1, found 2\)"
}

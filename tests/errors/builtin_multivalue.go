package main

func two() (int, int)       { return 1, 2 }
func sl() ([]int, []string) { return nil, nil }
func one() []int            { return nil }
func none()                 {}

func main() {
	_ = len(two()) // ERROR "invalid operation: too many arguments for len\(two\(\)\) \(expected 1, found 2\)"
	panic(two()) // ERROR "invalid operation: too many arguments for panic\(two\(\)\) \(expected 1, found 2\)"
	_ = copy(sl()) // ERROR "invalid argument: arguments to copy sl\(\) \(value of type \[\]int\) and sl\(\) \(value of type \[\]string\) have different element types int and string"
	_ = append(two()) // ERROR "first argument to append must be a slice; have two\(\) \(value of type int\)"
	_ = complex(two()) // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = copy(one()) // ERROR "invalid operation: not enough arguments for copy\(one\(\)\) \(expected 2, found 1\)"
	_ = len(none()) // ERROR "none\(\) \(no value\) used as value"
	_ = min(sl()) // ERROR "invalid argument: sl\(\) \(value of type \[\]int\) cannot be ordered"
	close(two()) // ERROR "invalid operation: too many arguments for close\(two\(\)\) \(expected 1, found 2\)"
}

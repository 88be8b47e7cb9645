package main

func two() (int, int)       { return 1, 2 }
func m() (map[string]int, int) { return nil, 1 }
func three() (int, int, int) { return 1, 2, 3 }

var x = copy(two()) // ERROR "invalid argument: copy expects slice arguments; found two\(\) \(value of type int\) and two\(\) \(value of type int\)"

func main() {
	delete(m()) // ERROR "cannot use m\(\) \(value of type int\) as string value in argument to delete"
	_ = complex(three()) // ERROR "invalid operation: too many arguments for complex\(three\(\)\) \(expected 2, found 3\)"
	_ = max(three())
	print(three())
	defer delete(m()) // ERROR "cannot use m\(\) \(value of type int\) as string value in argument to delete"
	go println(two())
	_ = cap(three()) // ERROR "invalid operation: too many arguments for cap\(three\(\)\) \(expected 1, found 3\)"
	_ = new(two()) // ERROR "two\(\) is not a type"
	x, y := 1, 2
	_ = complex(x, y) // ERROR "invalid argument: arguments have type int, expected floating-point"
}

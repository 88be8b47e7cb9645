package main

func main() {
	_ = make([]int, 1.5) // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = make([]int, "x") // ERROR "cannot convert \"x\" \(untyped string constant\) to type int"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, float64(2)) // ERROR "invalid argument: index float64\(2\) \(constant 2 of type float64\) must be integer"
	_ = make([]int, complex64(1+0i)) // ERROR "invalid argument: index complex64\(1 \+ 0i\) \(constant \(1 \+ 0i\) of type complex64\) must be integer"
	_ = make(chan int, uint64(1<<63)) // ERROR "invalid argument: index uint64\(1 << 63\) \(constant 9223372036854775808 of type uint64\) overflows int"
	_ = make(map[int]int, 1e100) // ERROR "1e100 \(untyped float constant 1e\+100\) truncated to int"
	var a [4]int
	_ = a[uint64(1<<63)] // ERROR "invalid argument: index uint64\(1 << 63\) \(constant 9223372036854775808 of type uint64\) overflows int"
	x, x := 1, 2 // ERROR "x repeated on left side of :="
	_ = x
}

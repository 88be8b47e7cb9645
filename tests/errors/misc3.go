package main

const f3div2 = 1.5

func main() {
	a := true
	a |= true // ERROR "invalid operation: operator \| not defined on a \(variable of type bool\)"
	var i64 int64
	_ = i64 + (1<<64 - 1) // ERROR "\(1 << 64 - 1\) \(untyped int constant 18446744073709551615\) overflows int64"
	n := 3
	_ = n + f3div2 // ERROR "f3div2 \(untyped float constant 1\.5\) truncated to int"
	_ = make([]int, 10, 20, 30, 40) // ERROR "invalid operation: make\(\[\]int, 10, 20, 30, 40\) expects 2 or 3 arguments; found 5"
	var arr [undefinedLen]int // ERROR "undefined array length undefinedLen or missing type constraint"
	_ = arr
	ch := make(chan int)
	select {
	case x, x := <-ch: // ERROR "x repeated on left side of :="
		_ = x
	}
}

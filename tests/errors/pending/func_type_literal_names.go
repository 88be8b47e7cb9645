package main

type T struct{}

func (T) M(x int) (y int) { return }

func main() {
	var m int = T.M // ERROR "cannot use T\.M \(value of type func\(_ T, x int\) \(y int\)\) as int value in variable declaration"
	var fn func(int) (z int)
	var o int = fn // ERROR "cannot use fn \(variable of type func\(int\) \(z int\)\) as int value in variable declaration"
	_, _ = m, o
}

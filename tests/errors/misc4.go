package main

type it struct {
	Floats bool
	inner  string
}

func f() ([]int, []int) { return nil, nil }

func main() {
	_ = it{floats: true} // ERROR "unknown field floats in struct literal of type it, but does have Floats"
	_ = it{InneR: "x"} // ERROR "unknown field InneR in struct literal of type it, but does have inner"
	var ar [4]func()
	switch ar { // ERROR "cannot switch on ar \(variable of type \[4\]func\(\)\) \(\[4\]func\(\) is not comparable\)"
	}
	var a1 [float64(10)]int // ERROR "array length float64\(10\) \(constant 10 of type float64\) must be integer"
	var a2 [1.5]int // ERROR "array length 1\.5 \(untyped float constant\) must be integer"
	_, _ = a1, a2
	_ = append(f()) // ERROR "cannot use f\(\) \(value of type \[\]int\) as int value in argument to append"
}

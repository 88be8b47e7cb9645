package main

import "fmt"

func divide(a, b float64) (float64, error) {
	if b == 0 {
		return 0, fmt.Errorf("division by zero")
	}
	return a / b // ERROR "not enough return values"
}

func sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	r, err := divide(1, 2) // ERROR "declared and not used: err"
	fmt.Println(r)
	nums := []int{1, 2, 3}
	fmt.Println(sum(nums)) // ERROR "cannot use nums \(variable of type \[\]int\) as int value in argument to sum"
	fmt.Println(sum(1, 2.5)) // ERROR "cannot use 2\.5 \(untyped float constant\) as int value in argument to sum \(truncated\)"
	var m map[string]int
	m.Set("a", 1) // ERROR "m\.Set undefined \(type map\[string\]int has no field or method Set\)"
}

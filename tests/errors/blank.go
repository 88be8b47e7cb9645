package main

func main() {
	_ = _ // ERROR "cannot use _ as value or type"
	x := _ // ERROR "cannot use _ as value or type"
	var _ int = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in variable declaration"
	_ := 1 // ERROR "no new variables on left side of :="
	_, _ = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_ = x
}

package main

type T struct{}

func (t *T) Set(v int) {}

func main() {
	m := map[string]T{}
	m["a"].Set(1) // ERROR "cannot call pointer method Set on T"
	T{}.Set(2) // ERROR "cannot call pointer method Set on T"
	s := []int{1}
	append(s, 2) // ERROR "append\(s, 2\) \(value of type \[\]int\) is not used"
	_ = s
	init() // ERROR "undefined: init"
}

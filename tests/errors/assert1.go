package main

type I interface{ M() }

type T struct{}

func (T) N() {}

type U struct{}

func (*U) M() {}

func main() {
	var i I
	_ = i.(T) // ERROR "impossible type assertion: i\.\(T\)"
	_ = i.(U) // ERROR "impossible type assertion: i\.\(U\)"
	_ = i.(*U)
	_ = i.(string) // ERROR "impossible type assertion: i\.\(string\)"
	var e error
	_ = e.(int) // ERROR "impossible type assertion: e\.\(int\)"
	var x = 5
	_, _ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
}

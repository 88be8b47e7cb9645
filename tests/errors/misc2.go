package main

type T struct{}

func (T) m() {}

func main() {
	var t T
	t.m = nil // ERROR "cannot assign to t\.m \(neither addressable nor a map index expression\)"
	T.m(t, 1) // ERROR "too many arguments in call to T\.m"
	var f func(int)
	f = T.m // ERROR "cannot use T\.m \(value of type func\(T\)\) as func\(int\) value in assignment"
	_ = f
	var g func(T) = (*T).m // ERROR "cannot use \(\*T\)\.m \(value of type func\(\*T\)\) as func\(T\) value in variable declaration"
	_ = g
	_ = t.m() // ERROR "t\.m\(\) \(no value\) used as value"
}

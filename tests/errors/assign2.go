package main

type A int
type B int

func take(a A) {}

func main() {
	var b B
	take(b) // ERROR "cannot use b \(variable of type B\) as A value in argument to take"
	var a A = b // ERROR "cannot use b \(variable of type B\) as A value in variable declaration"
	var sl []int = []string{} // ERROR "cannot use \[\]string\{\} \(value of type \[\]string\) as \[\]int value in variable declaration"
	var m map[string]int = map[int]string{} // ERROR "cannot use map\[int\]string\{\} \(value of type map\[int\]string\) as map\[string\]int value in variable declaration"
	var ch chan int = make(chan string) // ERROR "cannot use make\(chan string\) \(value of type chan string\) as chan int value in variable declaration"
	_, _, _ = a, sl, m
	_ = ch
}

package main

type T struct{}

func f() (a int, t T, e error) {
	{
		a := 1
		t := T{}
		e := error(nil)
		_, _, _ = a, t, e
		return // ERROR "result parameter a not in scope at return" "result parameter t not in scope at return" "result parameter e not in scope at return"
	}
}

func main() { f() }

package main

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	b, c := 1, 2
	b, c := 3, 4 // ERROR "no new variables on left side of :="
	1 := 2 // ERROR "non-name 1 on left side of :="
	a.x := 3 // ERROR "non-name a\.x on left side of :=" "a\.x undefined \(type int has no field or method x\)"
	_, _, _ = a, b, c
}

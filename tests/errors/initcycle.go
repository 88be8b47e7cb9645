package main

var a = b + 1 // ERROR "initialization cycle for a"
var b = c + 1
var c = a + 1

var x = f() // ERROR "initialization cycle for x"

func f() int { return x }

func main() {}

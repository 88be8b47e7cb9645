package main

var x int

type T x // ERROR "x is not a type"

func f(a int) map[[]int]int { return nil } // ERROR "invalid map key type \[\]int"

type M map[func()]bool // ERROR "invalid map key type func\(\)"

var arr [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"

var arr2 [1.5]int // ERROR "array length 1\.5 \(untyped float constant\) must be integer"

var n = 3

var arr3 [n]int // ERROR "invalid array length n"

func main() {}

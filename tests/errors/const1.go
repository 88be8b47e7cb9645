package main

func f() int { return 1 }

var v = 1

const a = f() // ERROR "f\(\) \(value of type int\) is not constant"
const b = v // ERROR "v \(variable of type int\) is not constant"
const c int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in constant declaration"
const d = len([]int{}) // ERROR "len\(\[\]int\{\}\) \(value of type int\) is not constant"

type T struct{}

const e = T{} // ERROR "T\{\} \(value of type T\) is not constant"

func main() {
	const x = iota + iota() // ERROR "invalid operation: cannot call non-function iota \(untyped int constant 0\)"
}

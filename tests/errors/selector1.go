package main

import "strings"

type T struct{ x int }

func main() {
	_ = strings.builder{} // ERROR "undefined: strings\.builder"
	var t T
	_ = t.X // ERROR "t\.X undefined \(type T has no field or method X, but does have field x\)"
	var pp **T
	_ = pp.x // ERROR "pp\.x undefined \(type \*\*T has no field or method x\)"
	_ = T.x // ERROR "T\.x undefined \(type T has no method x\)"
	var i interface{ M() }
	_ = i.x // ERROR "i\.x undefined \(type interface\{M\(\)\} has no field or method x\)"
}

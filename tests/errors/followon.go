package main

func f(a T) T { return a } // ERROR "undefined: T"

func (r *W) M() {} // ERROR "undefined: W"

type S struct {
	err undefinedpkg.Bar // ERROR "undefined: undefinedpkg"
	Num int
	x   int
	x   string // ERROR "x redeclared"
}

const A = complex(0()) // ERROR "invalid operation: cannot call non-function 0 \(untyped int constant\)"

func main() {
	s := S{}
	_ = s.Num + s.x
	var i interface{}
	switch t := i.(type) {
	case 0: // ERROR "0 is not a type"
		t.x = 1
	}
	_ = len(undefinedVar) // ERROR "undefined: undefinedVar"
}

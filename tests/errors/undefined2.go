package main

type T struct{ a int }

func (t T) M() {}

func main() {
	var t T
	_ = t.b // ERROR "t\.b undefined \(type T has no field or method b\)"
	t.N() // ERROR "t\.N undefined \(type T has no field or method N\)"
	var p *T
	p.c = 1 // ERROR "p\.c undefined \(type \*T has no field or method c\)"
	_ = T.X // ERROR "T\.X undefined \(type T has no field or method X\)"
	_ = t.a.b // ERROR "t\.a\.b undefined \(type int has no field or method b\)"
}

package main

type I interface {
	M()
}

type J interface {
	I
	N()
}

type T struct{}

func (T) M() {}

func main() {
	var j J = T{} // ERROR "cannot use T\{\} \(value of type T\) as J value in variable declaration: T does not implement J \(missing method N\)"
	var i I = j
	var j2 J = i // ERROR "cannot use i \(variable of type I\) as J value in variable declaration: I does not implement J \(missing method N\)"
	_, _ = i, j2
	var p *I
	p.M() // ERROR "p\.M undefined \(type \*I is pointer to interface, not interface\)"
}

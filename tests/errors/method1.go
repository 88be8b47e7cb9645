package main

type T struct {
	M int
}

func (t T) M() {} // ERROR "field and method with the same name M"

func (t T) N() {}
func (t *T) N() {} // ERROR "method T\.N already declared at \./method1\.go:9:12"

type P *int

func (p P) X() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

func (x int) Y() {} // ERROR "cannot define new methods on non-local type int"

type I interface{ Z() }

func (i I) Z() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func main() {}

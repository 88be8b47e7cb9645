package main

import "strings"

func (b strings.Builder) Foo() {} // ERROR "cannot define new methods on non-local type strings\.Builder"

type T struct{}

func (t **T) A() {} // ERROR "invalid receiver type \*\*T"

func (a, b T) B() {} // ERROR "method has multiple receivers"

type S []int

func (s S) Len() int { return len(s) }
func (s S) Len() int { return 0 } // ERROR "method S\.Len already declared at \./method2\.go:15:12"

func main() {}

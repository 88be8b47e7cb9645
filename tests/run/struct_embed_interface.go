package main

import "fmt"

type Logger interface{ Log(string) string }

type Prefix struct{ p string }

func (p Prefix) Log(s string) string { return p.p + s }

type Service struct {
	Logger // embedded interface
	Name   string
}

type Loud struct{ Service }

func (l Loud) Log(s string) string { return "LOUD " + l.Service.Log(s) }

func main() {
	s := Service{Prefix{"> "}, "svc"}
	fmt.Println(s.Log("hello"))
	var l Logger = s
	fmt.Println(l.Log("via iface"))
	ld := Loud{s}
	fmt.Println(ld.Log("x"))
	l = ld
	fmt.Println(l.Log("y"))
	s.Logger = Prefix{"# "}
	fmt.Println(s.Log("swapped"))
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Service
	empty.Log("nil embedded")
}

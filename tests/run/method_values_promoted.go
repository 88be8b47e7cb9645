package main

import "fmt"

type Logger struct{ prefix string; lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Prefix() string { return l.prefix }

type Service struct {
	*Logger
	name string
}

type Value struct{ Logger }

func apply(f func(string), args ...string) {
	for _, a := range args {
		f(a)
	}
}

func main() {
	s := Service{&Logger{prefix: "[svc] "}, "svc"}
	s.Log("start")
	apply(s.Log, "a", "b")
	fmt.Println(s.lines, len(s.Logger.lines))
	fmt.Println(s.Prefix())
	var v Value
	v.prefix = "v:"
	v.Log("x")
	fmt.Println(v.lines)
	pv := &v
	pv.Log("y")
	fmt.Println(v.lines, pv.Prefix())
	lf := v.Log // &v bound
	lf("z")
	fmt.Println(len(v.lines))
	// method value from interface
	type Prefixer interface{ Prefix() string }
	var p Prefixer = s
	pf := p.Prefix
	fmt.Println(pf())
	// method expression with promoted method
	g := Service.Prefix
	fmt.Println(g(s))
	h := (*Value).Log
	h(&v, "w")
	fmt.Println(v.lines)
	funcs := []func() string{s.Prefix, v.Prefix}
	for _, f := range funcs {
		fmt.Println(f())
	}
}

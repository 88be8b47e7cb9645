package main

import (
	"fmt"
	"reflect"
)

type T struct{}

func (T) hidden(x int) int { return x }
func (T) Shown() int       { return 1 }

type hid interface {
	hidden(int) int
	Shown() int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var h hid = T{}
	v := reflect.ValueOf(&h).Elem()
	fmt.Println(v.NumMethod(), v.Type().Method(0).Name, v.Type().Method(1).Name)
	m := v.Method(1)
	fmt.Println(m.Kind(), m.Type())
	try("call", func() { m.Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("callbad", func() { m.Call(nil) })
	try("iface", func() { _ = m.Interface() })
	try("shown", func() { fmt.Println(v.Method(0).Call(nil)[0]) })
	try("byname", func() { fmt.Println(v.MethodByName("hidden").IsValid()) })
}

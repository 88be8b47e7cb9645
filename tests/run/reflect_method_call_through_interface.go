package main

import (
	"fmt"
	"reflect"
)

type Base struct{}

func (Base) Hello() string   { return "base hello" }
func (*Base) PHello() string { return "ptr hello" }

type T struct {
	Base
	n int
}

func (t T) Get() int   { return t.n }
func (t *T) Inc() int  { t.n++; return t.n }
func (t T) hidden() int { return 7 }

type Getter interface{ Get() int }
type Incer interface{ Inc() int }
type Helloer interface{ Hello() string }
type PHelloer interface{ PHello() string }
type hid interface{ hidden() int }

type S struct {
	G Getter
	I Incer
	H Helloer
	P PHelloer
	X hid
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	t := &T{n: 1}
	s := S{G: *t, I: t, H: t, P: t, X: *t}
	v := reflect.ValueOf(s)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.NumMethod())
		for j := 0; j < f.NumMethod(); j++ {
			j := j
			try(fmt.Sprint("call ", i, j), func() {
				out := f.Method(j).Call(nil)
				fmt.Println(" ", f.Type().Method(j).Name, out[0])
			})
		}
	}
	var h Helloer = T{n: 5}
	hv := reflect.ValueOf(&h).Elem()
	fmt.Println(hv.Method(0).Call(nil)[0])
	fmt.Println(hv.MethodByName("Hello").Call(nil)[0])
	var g Getter = &T{n: 9}
	gv := reflect.ValueOf(&g).Elem()
	fmt.Println(gv.Method(0).Call(nil)[0])
	m := gv.Method(0).Interface().(func() int)
	fmt.Println(m())
}

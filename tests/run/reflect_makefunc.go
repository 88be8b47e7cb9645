package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Adder func(int, int) int

func main() {
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	var intSwap func(int, int) (int, int)
	fn := reflect.ValueOf(&intSwap).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	reflect.ValueOf(&strSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(strSwap), swap))
	fmt.Println(strSwap("a", "b"))

	sum := reflect.MakeFunc(reflect.TypeOf(Adder(nil)), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(in[0].Int() + in[1].Int()))}
	})
	add := sum.Interface().(Adder)
	fmt.Println(add(40, 2), sum.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})[0])

	joiner := reflect.MakeFunc(reflect.TypeOf(func(string, ...string) string { return "" }), func(in []reflect.Value) []reflect.Value {
		parts := in[1].Interface().([]string)
		return []reflect.Value{reflect.ValueOf(strings.Join(parts, in[0].String()))}
	}).Interface().(func(string, ...string) string)
	fmt.Println(joiner("-", "x", "y", "z"))

	// Timing wrapper pattern: decorate any func.
	counted := 0
	wrap := func(f any) any {
		v := reflect.ValueOf(f)
		return reflect.MakeFunc(v.Type(), func(in []reflect.Value) []reflect.Value {
			counted++
			return v.Call(in)
		}).Interface()
	}
	up := wrap(strings.ToUpper).(func(string) string)
	rep := wrap(strings.Repeat).(func(string, int) string)
	fmt.Println(up("go"), rep("ab", 3), counted)
	var cb func(struct{ A, B int8 }, [2]float32) (error, bool)
	reflect.ValueOf(&cb).Elem().Set(reflect.MakeFunc(reflect.TypeOf(cb), func(in []reflect.Value) []reflect.Value {
		s := in[0].Interface().(struct{ A, B int8 })
		a := in[1].Interface().([2]float32)
		return []reflect.Value{reflect.Zero(reflect.TypeOf((*error)(nil)).Elem()), reflect.ValueOf(int(s.A)+int(s.B) == int(a[0]+a[1]))}
	}))
	fmt.Println(cb(struct{ A, B int8 }{-3, 5}, [2]float32{1, 1}))
	done := make(chan string)
	notify := reflect.MakeFunc(reflect.TypeOf(func(string) {}), func(in []reflect.Value) []reflect.Value {
		done <- in[0].String()
		return nil
	}).Interface().(func(string))
	go notify("from goroutine")
	fmt.Println(<-done)
	func() {
		defer notify2(done)("deferred")
	}()
	bad := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func(in []reflect.Value) []reflect.Value { return nil }).Interface().(func() int)
	defer func() { fmt.Println(recover()) }()
	bad()
}

func notify2(done chan string) func(string) {
	f := reflect.MakeFunc(reflect.TypeOf(func(string) {}), func(in []reflect.Value) []reflect.Value {
		fmt.Println("deferred call got", in[0])
		return nil
	}).Interface().(func(string))
	return f
}

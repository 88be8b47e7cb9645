// Recovered run time errors have Go's dynamic types: runtime.boundsError for index,
// slice and slice-to-array conversion failures, *runtime.TypeAssertionError for failed
// type assertions, runtime.plainError (no "runtime error: " prefix) for nil maps and
// closed channels, runtime.errorString for the rest; all of them are runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ x int }
type I interface{ M() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T | %v\n", name, r, r)
		e, ok := r.(error)
		if !ok {
			return
		}
		var re runtime.Error
		_, isRE := r.(runtime.Error)
		fmt.Printf("  Error() %q, errors.As runtime.Error %v, is runtime.Error %v\n", e.Error(), errors.As(e, &re), isRE)
		var te *runtime.TypeAssertionError
		if errors.As(e, &te) {
			te.RuntimeError()
			fmt.Printf("  *runtime.TypeAssertionError: %s | %+v\n", te.Error(), te)
			return
		}
		fmt.Printf("  %%#v: %#v\n", r)
	}()
	f()
}

var sink int

func main() {
	s := []int{1, 2, 3}
	i, n := 5, -1
	two, one, five := 2, 1, 5
	var m map[string]int
	var p *T
	var e interface{} = "str"
	var ii I
	z := 0
	ch := make(chan int)
	close(ch)
	arr := [3]int{}
	str := "abc"
	try("index", func() { sink = s[i] })
	try("index negative", func() { sink = s[n] })
	try("array index", func() { sink = arr[i%8] })
	try("string index", func() { sink = int(str[i]) })
	try("string index negative", func() { sink = int(str[n]) })
	try("slice high", func() { _ = s[1:i] })
	try("slice high negative", func() { _ = s[:n] })
	try("slice low negative", func() { _ = s[n:] })
	try("slice low > high", func() { _ = s[two:one] })
	try("slice low negative, high", func() { _ = s[n:1] })
	try("slice3 max", func() { _ = s[0:1:i] })
	try("slice3 max negative", func() { _ = s[:1:n] })
	try("slice3 high > max", func() { _ = s[:two:one] })
	try("slice3 high negative", func() { _ = s[:n:2] })
	try("slice3 low > high", func() { _ = s[two:one:3] })
	try("slice3 low negative", func() { _ = s[n:1:2] })
	try("string slice high", func() { _ = str[:five] })
	try("string slice low > high", func() { _ = str[i:] })
	try("slice to array", func() { _ = [4]int(s) })
	try("slice to array pointer", func() { _ = (*[4]int)(s) })
	try("nil map", func() { m["a"] = 1 })
	try("divide by zero", func() { sink = 10 / z })
	try("modulo by zero", func() { sink = 10 % z })
	try("nil dereference", func() { sink = p.x })
	try("nil func", func() { var f func(); f() })
	try("nil interface method", func() { ii.M() })
	try("type assertion", func() { sink = e.(int) })
	try("type assertion to interface", func() { _ = e.(I) })
	try("type assertion of nil", func() { var x interface{}; _ = x.(int) })
	try("type assertion of nil to interface", func() { var x interface{}; _ = x.(I) })
	try("send on closed channel", func() { ch <- 1 })
	try("close of closed channel", func() { close(ch) })
	try("close of nil channel", func() { var c chan int; close(c) })
	try("makeslice", func() { _ = make([]int, n) })
	try("negative shift", func() { sink = 1 << n })
	try("unhashable key", func() { mm := map[interface{}]int{}; mm[[]int{1}] = 1 })
	try("uncomparable", func() { var a, b interface{} = []int{1}, []int{1}; fmt.Println(a == b) })
	try("custom error", func() { panic(errors.New("mine")) })
	try("string value", func() { panic("plain") })
	// re-panicking a recovered runtime error keeps its type
	try("re-panic", func() {
		defer func() { panic(recover()) }()
		sink = s[i]
	})
}

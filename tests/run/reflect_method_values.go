// Method values and Method.Func used as ordinary funcs: Interface, Set, Call arguments,
// Convert (formerly "not supported" in minigo), compared with real Go.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Add(d int) int { c.n += d; return c.n }
func (c Counter) Show(prefix string, rest ...int) string {
	return fmt.Sprint(prefix, c.n, rest)
}

type Shower interface{ Show(string, ...int) string }

type Op func(int) int

func main() {
	c := &Counter{n: 1}
	v := reflect.ValueOf(c)
	add := v.MethodByName("Add")
	f := add.Interface().(func(int) int)
	fmt.Println(f(2), f(3), c.n)
	show := v.MethodByName("Show").Interface().(func(string, ...int) string)
	fmt.Println(show("n=", 7, 8), show("n="))

	var target func(int) int
	reflect.ValueOf(&target).Elem().Set(add)
	fmt.Println(target(10), c.n)

	apply := func(g func(int) int, x int) int { return g(x) }
	out := reflect.ValueOf(apply).Call([]reflect.Value{add, reflect.ValueOf(100)})
	fmt.Println(out[0].Int(), c.n)

	op := add.Convert(reflect.TypeOf(Op(nil))).Interface().(Op)
	fmt.Println(op(1), reflect.TypeOf(op))

	m, _ := reflect.TypeOf(c).MethodByName("Add")
	g := m.Func.Interface().(func(*Counter, int) int)
	fmt.Println(g(c, 5), m.Type)

	var sh Shower = Counter{n: 42}
	iv := reflect.ValueOf(&sh).Elem()
	s2 := iv.Method(0).Interface().(func(string, ...int) string)
	fmt.Println(s2("i:", 1))

	up := reflect.ValueOf(strings.NewReplacer("a", "A")).MethodByName("Replace")
	fmt.Println(up.Interface().(func(string) string)("banana"))
	fmt.Println(add.Kind(), add.Type(), add.CanInterface())
	mp := map[string]func(int) int{}
	reflect.ValueOf(mp).SetMapIndex(reflect.ValueOf("add"), add)
	fmt.Println(mp["add"](1000))
}

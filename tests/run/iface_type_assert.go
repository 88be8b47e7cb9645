package main

import "fmt"

type Stringer interface{ String() string }
type T struct{ v int }

func (t T) String() string { return fmt.Sprintf("T(%d)", t.v) }

type P struct{ v int }

func (p *P) String() string { return fmt.Sprintf("P(%d)", p.v) }

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	fmt.Println(i.(int) + 1)
	var st interface{} = T{3}
	if x, ok := st.(Stringer); ok {
		fmt.Println("stringer", x.String())
	}
	if _, ok := st.(fmt.Stringer); ok {
		fmt.Println("fmt.Stringer too")
	}
	var pv interface{} = P{1}
	_, ok = pv.(Stringer)
	fmt.Println("P value is Stringer:", ok)
	var pp interface{} = &P{2}
	sp, ok := pp.(Stringer)
	fmt.Println("*P is Stringer:", ok, sp)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	_, ok = nilI.(interface{})
	fmt.Println(ok)
	var e error
	_, ok = interface{}(e).(error)
	fmt.Println(ok)
	type MyInt int
	var mi interface{} = MyInt(5)
	_, ok = mi.(int)
	fmt.Println("MyInt is int:", ok)
	m, ok := mi.(MyInt)
	fmt.Println(m, ok)
	var str Stringer = T{9}
	t := str.(T)
	fmt.Println(t.v)
	_, ok = str.(*P)
	fmt.Println(ok)
	var sl interface{} = []int{1, 2}
	fmt.Println(sl.([]int)[1])
	var fn interface{} = func(x int) int { return x + 1 }
	fmt.Println(fn.(func(int) int)(1))
}

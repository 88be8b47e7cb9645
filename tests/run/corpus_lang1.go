package main

import (
	"errors"
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS(%d)", p.n) }

type G struct{ v int }

func (g G) GoString() string { return "G!" }
func (g G) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	fmt.Fprintf(f, "G[%c %v %v %v]", c, w, wok, f.Flag('+'))
}

type Shape interface {
	Area() float64
	Perimeter() float64
}
type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("Base %d", b.ID) }

type Container struct {
	Base
	Name string
}

type ErrT struct{}

func (*ErrT) Error() string { return "errT" }

func named() (x int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			x = -1
		}
	}()
	defer func() { x *= 2 }()
	x = 5
	panic("boom")
}

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func variadic(pre string, xs ...int) string {
	return fmt.Sprint(pre, len(xs), xs)
}

func main() {
	fmt.Println(Monday, Tuesday+0, []Weekday{0, 1})
	fmt.Printf("%v %d %s %q %x\n", Monday, Monday, Monday, Monday, Monday)
	p := PS{3}
	fmt.Println(p, &p, []*PS{&p})
	fmt.Printf("%v %+v %#v %s %5d\n", G{1}, G{1}, G{1}, G{1}, G{1})
	var s Shape = Rect{3, 4}
	fmt.Println(s, s.Area(), s.Perimeter())
	fmt.Printf("%v %+v %T\n", s, s, s)
	c := Container{Base{7}, "c"}
	fmt.Println(c.Describe(), c.ID, c)
	fmt.Printf("%+v %#v\n", c, c)
	fmt.Println(named())
	next := counter()
	next()
	next()
	fmt.Println(next())
	fmt.Println(divmod(17, 5))
	fmt.Println(variadic("a"), variadic("b", 1, 2), variadic("c", []int{4, 5, 6}...))
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i) })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 10:
		fmt.Println("fall")
	default:
		fmt.Println("def")
	}
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	var e error = &ErrT{}
	var et *ErrT
	fmt.Println(errors.As(e, &et), e)
	type pt struct{ x, y int }
	fmt.Println(pt{1, 2} == pt{1, 2}, [2]int{1, 2} != [2]int{1, 3})
	m := map[pt]string{{1, 2}: "a"}
	fmt.Println(m[pt{1, 2}], m)
	arr := [5]int{1, 2, 3}
	sl := arr[1:3]
	sl = append(sl, 99)
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl2 := arr[1:2:3]
	fmt.Println(len(sl2), cap(sl2))
	var nilsl []int
	fmt.Println(nilsl == nil, len(nilsl), append(nilsl, 1))
	b := []byte("hello")
	copy(b[1:], "EL")
	fmt.Println(string(b), strings.Repeat("=", 10))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, uint8(i8), int16(i8))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)))
	const big = 1 << 100
	fmt.Println(big>>98, float64(big))
	type Celsius float64
	fmt.Println(Celsius(36.6), fmt.Sprintf("%.1f", Celsius(0.05)))
	var iface interface{} = 5
	switch v := iface.(type) {
	case string:
		fmt.Println("string", v)
	case int, int64:
		fmt.Printf("int-ish %T %v\n", v, v)
	}
	goto end
end:
	fmt.Println("end")
	x := []interface{}{1, "a", nil, 2.5, []int{1}, map[string]int{}, struct{}{}, &p}
	fmt.Println(x...)
	fmt.Println(x)
}

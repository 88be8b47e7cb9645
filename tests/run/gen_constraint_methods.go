package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type StringableNumber interface {
	~int | ~float64
	String() string
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

type Money float64

func (m Money) String() string { return fmt.Sprintf("$%.2f", float64(m)) }

func Total[T StringableNumber](xs ...T) string {
	var t T
	for _, x := range xs {
		t += x
	}
	return t.String()
}

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

// Pointer-method constraint: PT must be *T with a Set method.
type Setter[T any] interface {
	*T
	Set(string) error
}

type Port struct{ n int }

func (p *Port) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	if n < 0 || n > 65535 {
		return fmt.Errorf("port %d out of range", n)
	}
	p.n = n
	return nil
}

type Name struct{ s string }

func (n *Name) Set(s string) error { n.s = "<" + s + ">"; return nil }

func ParseAll[T any, PT Setter[T]](ins []string) ([]T, error) {
	out := make([]T, len(ins))
	for i, s := range ins {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }

func (r Rect) Area() float64   { return r.w * r.h }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3 * c.r * c.r }
func (c Circle) Name() string  { return "circle" }

func Largest[S Shape](shapes ...S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	fmt.Println(Total[MyInt](1, 2, 3), Total(Money(1.5), Money(2.25)))
	fmt.Println(Join([]MyInt{4, 5}, ", "), Join([]Money{9.99}, "|"))
	ports, err := ParseAll[Port]([]string{"80", "443"})
	fmt.Println(ports, err)
	ports, err = ParseAll[Port]([]string{"80", "99999", "1"})
	fmt.Println(ports, err)
	ports, err = ParseAll[Port]([]string{"x"})
	fmt.Println(ports, err)
	names, _ := ParseAll[Name]([]string{"a", "b"})
	fmt.Println(names)
	fmt.Println(Largest(Rect{2, 3}, Rect{1, 10}).Name())
	l := Largest[Shape](Rect{2, 3}, Circle{2}, Rect{1, 1})
	fmt.Printf("%s %v %T\n", l.Name(), l.Area(), l)
}

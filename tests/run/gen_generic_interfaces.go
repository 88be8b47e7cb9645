package main

import (
	"fmt"
	"strings"
)

// A generic interface implemented by several generic and non-generic types.
type Container[T any] interface {
	Put(T)
	Take() (T, bool)
	Len() int
}

type FIFO[T any] struct{ xs []T }

func (f *FIFO[T]) Put(v T) { f.xs = append(f.xs, v) }
func (f *FIFO[T]) Take() (T, bool) {
	var z T
	if len(f.xs) == 0 {
		return z, false
	}
	v := f.xs[0]
	f.xs = f.xs[1:]
	return v, true
}
func (f *FIFO[T]) Len() int { return len(f.xs) }

type LIFO[T any] struct{ xs []T }

func (l *LIFO[T]) Put(v T) { l.xs = append(l.xs, v) }
func (l *LIFO[T]) Take() (T, bool) {
	var z T
	if len(l.xs) == 0 {
		return z, false
	}
	v := l.xs[len(l.xs)-1]
	l.xs = l.xs[:len(l.xs)-1]
	return v, true
}
func (l *LIFO[T]) Len() int { return len(l.xs) }

// A non-generic type satisfying Container[string].
type Upper struct{ inner FIFO[string] }

func (u *Upper) Put(s string)          { u.inner.Put(strings.ToUpper(s)) }
func (u *Upper) Take() (string, bool) { return u.inner.Take() }
func (u *Upper) Len() int              { return u.inner.Len() }

func Drain[T any](c Container[T]) []T {
	var out []T
	for c.Len() > 0 {
		v, _ := c.Take()
		out = append(out, v)
	}
	return out
}

func Fill[T any, C Container[T]](c C, vs ...T) C {
	for _, v := range vs {
		c.Put(v)
	}
	return c
}

type Visitor[R any] interface {
	VisitNum(n float64) R
	VisitAdd(a, b Expr) R
}

type Expr interface {
	String() string
}

type Num float64
type Add struct{ A, B Expr }

func (n Num) String() string { return fmt.Sprint(float64(n)) }
func (a Add) String() string { return "(" + a.A.String() + " + " + a.B.String() + ")" }

func Accept[R any](e Expr, v Visitor[R]) R {
	switch e := e.(type) {
	case Num:
		return v.VisitNum(float64(e))
	case Add:
		return v.VisitAdd(e.A, e.B)
	}
	panic("unknown expr")
}

type evaluator struct{}

func (evaluator) VisitNum(n float64) float64 { return n }
func (ev evaluator) VisitAdd(a, b Expr) float64 {
	return Accept[float64](a, ev) + Accept[float64](b, ev)
}

type depth struct{}

func (depth) VisitNum(float64) int { return 1 }
func (d depth) VisitAdd(a, b Expr) int {
	return 1 + max(Accept[int](a, d), Accept[int](b, d))
}

func main() {
	cs := []Container[int]{&FIFO[int]{}, &LIFO[int]{}}
	for _, c := range cs {
		for i := range 4 {
			c.Put(i)
		}
		fmt.Printf("%T %v\n", c, Drain(c))
	}
	fmt.Println(Drain(Fill[string](&Upper{}, "a", "b")))
	f := Fill(&FIFO[float64]{}, 1.5, 2.5)
	fmt.Println(f.Len(), f.xs)
	var c Container[string] = &Upper{}
	_, isFifo := c.(*FIFO[string])
	_, isUpper := c.(*Upper)
	fmt.Println(isFifo, isUpper)
	e := Add{Num(1), Add{Num(2.5), Num(3)}}
	fmt.Println(e, Accept[float64](e, evaluator{}), Accept[int](e, depth{}))
}

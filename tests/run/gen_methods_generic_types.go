package main

import (
	"fmt"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

type Optional[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.v, o.valid }
func (o Optional[T]) OrElse(d T) T {
	if o.valid {
		return o.v
	}
	return d
}
func (o Optional[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

type Counter[K comparable] struct {
	m     map[K]int
	order []K
}

func (c *Counter[K]) Add(k K) *Counter[K] {
	if c.m == nil {
		c.m = map[K]int{}
	}
	if _, ok := c.m[k]; !ok {
		c.order = append(c.order, k)
	}
	c.m[k]++
	return c
}

func (c *Counter[K]) MostCommon() (K, int) {
	var best K
	n := -1
	for _, k := range c.order {
		if c.m[k] > n {
			best, n = k, c.m[k]
		}
	}
	return best, n
}

// method value and method expression on generic types
func apply[T any](f func() T) T { return f() }

func main() {
	p := MakePair("x", 42)
	fmt.Println(p, p.Swap(), p.Swap().Swap())
	fmt.Printf("%v %+v %T\n", p, p.Swap(), p.Swap())
	var s fmt.Stringer = p
	fmt.Println(s.String())

	o := Some(3.5)
	fmt.Println(o, None[string](), o.OrElse(1), None[int]().OrElse(7))
	if v, ok := o.Get(); ok {
		fmt.Println("got", v)
	}
	var c Counter[string]
	for _, w := range strings.Fields("a b a c b a") {
		c.Add(w)
	}
	fmt.Println(c.MostCommon())
	c.Add("z").Add("z").Add("z").Add("z")
	fmt.Println(c.MostCommon())

	f := p.String
	fmt.Println(apply(f))
	g := Pair[int, int].Swap
	fmt.Println(g(Pair[int, int]{1, 2}))
	h := (*Counter[string]).Add
	h(&c, "q")
	fmt.Println(len(c.order))
	opts := []Optional[int]{Some(1), None[int](), Some(0)}
	fmt.Println(opts)
}

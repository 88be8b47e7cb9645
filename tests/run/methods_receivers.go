package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c Counter) IncCopy()   { c.n++ }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Add(k int)   { *m += MyInt(k) }

type List []int

func (l List) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}
func (l *List) Push(v int) { *l = append(*l, v) }

type Fn func(int) int

func (f Fn) Apply(x int) int { return f(x) }

func main() {
	c := Counter{}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Value())
	pc := &c
	pc.Inc()
	fmt.Println(pc.Value(), c.n)
	var m MyInt = 5
	fmt.Println(m.Double())
	m.Add(3)
	fmt.Println(m)
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	f := Fn(func(x int) int { return x * x })
	fmt.Println(f.Apply(7))
	// method value binds receiver at evaluation time
	v := c.Value
	c.Inc()
	fmt.Println(v(), c.Value())
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	// method expressions
	valFn := Counter.Value
	incFn := (*Counter).Inc
	incFn(&c)
	fmt.Println(valFn(c))
	valPtr := (*Counter).Value
	fmt.Println(valPtr(&c))
	dbl := MyInt.Double
	fmt.Println(dbl(21))
	// methods on slice of structs via index
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	// map values are not addressable; use pointers
	mp := map[string]*Counter{"a": {}}
	mp["a"].Inc()
	fmt.Println(mp["a"].n)
}

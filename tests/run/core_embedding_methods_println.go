package main

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b *Base) SetID(i int)  { b.id = i }
func (b Base) Who() string   { return "base" }

type Mid struct {
	Base
	tag string
}

func (m Mid) Who() string { return "mid" }

type Top struct {
	*Mid
	extra int
}

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

func main() {
	m := Mid{Base{1}, "t"}
	println(m.ID(), m.Who(), m.Base.Who())
	m.SetID(5)
	println(m.id, m.Base.id)
	t := Top{&m, 0}
	t.SetID(9)
	println(m.ID(), t.ID(), t.Who())
	var c Counter
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	println(c.n, get(), c.Get())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	println(g(c))
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	println(cs[0].n, cs[1].n)
	pc := &cs[0]
	pc.Inc()
	println(cs[0].Get())
}

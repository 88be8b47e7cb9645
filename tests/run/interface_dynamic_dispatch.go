package main

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }

type Dog struct{ Base }

func (Dog) Sound() string { return "woof" }

type Puppy struct{ Dog }

func (Puppy) Sound() string { return "yip" }

type Mute struct{ Base }

func speak(a Animal) string { return a.Name() + " says " + a.Sound() }

type Visitor interface {
	VisitNum(n int) int
	VisitAdd(a, b Node) int
}

type Node interface{ Accept(v Visitor) int }
type Num int
type Add struct{ L, R Node }

func (n Num) Accept(v Visitor) int { return v.VisitNum(int(n)) }
func (a Add) Accept(v Visitor) int { return v.VisitAdd(a.L, a.R) }

type Evaluator struct{}

func (Evaluator) VisitNum(n int) int { return n }
func (e Evaluator) VisitAdd(a, b Node) int { return a.Accept(e) + b.Accept(e) }

type Counter struct{ nodes int }

func (c *Counter) VisitNum(n int) int { c.nodes++; return 0 }
func (c *Counter) VisitAdd(a, b Node) int {
	c.nodes++
	a.Accept(c)
	b.Accept(c)
	return 0
}

func main() {
	animals := []Animal{Base{"thing"}, Dog{Base{"rex"}}, Puppy{Dog{Base{"bit"}}}, Mute{Base{"fish"}}}
	for _, a := range animals {
		println(speak(a))
	}
	tree := Add{Num(1), Add{Add{Num(2), Num(3)}, Num(4)}}
	println(tree.Accept(Evaluator{}))
	c := &Counter{}
	tree.Accept(c)
	println(c.nodes)
}

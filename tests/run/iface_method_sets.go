package main

import "fmt"

type Walker interface{ Walk() string }
type Runner interface {
	Walker
	Run() string
}

type Cat struct{ name string }

func (c Cat) Walk() string { return c.name + " walks" }
func (c *Cat) Run() string { return c.name + " runs" }

type Robot struct{ *Cat }

func describe(w Walker) string {
	s := w.Walk()
	if r, ok := w.(Runner); ok {
		s += " and " + r.Run()
	}
	return s
}

func main() {
	c := Cat{"tom"}
	fmt.Println(describe(c))
	fmt.Println(describe(&c))
	r := Robot{&Cat{"robo"}}
	fmt.Println(describe(r))
	var runners []Runner = []Runner{&c, r}
	for _, x := range runners {
		fmt.Println(x.Run())
	}
	var w Walker = &c
	c.name = "changed"
	fmt.Println(w.Walk())
	var w2 Walker = c
	c.name = "again"
	fmt.Println(w2.Walk())
}

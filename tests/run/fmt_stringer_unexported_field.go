package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Config struct {
	Public  Level
	private Level
	Ptr     *Level
	List    []Level
}

type GoStr struct{ n int }

func (g GoStr) GoString() string { return fmt.Sprintf("GoStr<%d>", g.n) }
func (g GoStr) String() string   { return "gostr" }

type Fmt struct{}

func (Fmt) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	fmt.Fprintf(f, "Fmt[%c w=%d/%v plus=%v]", verb, w, hasW, f.Flag('+'))
}

func main() {
	hi := Level(2)
	c := Config{1, 2, &hi, []Level{0, 2}}
	fmt.Printf("%v\n", c)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%v %s %d\n", c.Public, c.List, c.List)
	g := GoStr{3}
	fmt.Printf("%v %#v %s\n", g, g, g)
	fmt.Printf("%#v\n", []GoStr{{1}})
	fmt.Printf("%v|%+8d|%s\n", Fmt{}, Fmt{}, []Fmt{{}})
	fmt.Println(Fmt{})
}

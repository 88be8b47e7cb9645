package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntSet map[int]bool

func (s IntSet) Add(vs ...int) IntSet {
	for _, v := range vs {
		s[v] = true
	}
	return s
}

func (s IntSet) Sorted() []int {
	out := make([]int, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func (s IntSet) Union(o IntSet) IntSet {
	r := IntSet{}
	for k := range s {
		r[k] = true
	}
	for k := range o {
		r[k] = true
	}
	return r
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }
func (p *Path) Pop() string {
	old := *p
	last := old[len(old)-1]
	*p = old[:len(old)-1]
	return last
}

func main() {
	a := IntSet{}.Add(3, 1, 2)
	b := IntSet{}.Add(2, 5)
	fmt.Println(a.Sorted(), b.Sorted(), a.Union(b).Sorted())
	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, len(p))
	last := p.Pop()
	fmt.Println(last, p)
	fmt.Printf("%v %s %d\n", p, p, len(p))
}

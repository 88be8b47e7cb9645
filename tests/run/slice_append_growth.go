package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	fmt.Println(s, len(s))
	// aliasing: append within capacity shares the backing array
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c)
	b[0] = 99
	fmt.Println(a[0], c[0])
	// append beyond capacity copies
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	fmt.Println(d, e)
	// append multiple and slices
	f := append([]int{}, 1, 2, 3)
	f = append(f, f...)
	fmt.Println(f)
	f = append(f[:2], f[4:]...)
	fmt.Println(f)
	// append to subslice overwrites parent
	p := []int{1, 2, 3, 4, 5}
	q := p[:2]
	q = append(q, 30)
	fmt.Println(p, q)
	// append nil
	var n []int
	n = append(n, n...)
	fmt.Println(n == nil, len(n))
	// string append
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	// capacity is at least len
	g := make([]int, 0, 2)
	caps := []bool{}
	for i := 0; i < 50; i++ {
		g = append(g, i)
		caps = append(caps, cap(g) >= len(g))
	}
	ok := true
	for _, c := range caps {
		ok = ok && c
	}
	fmt.Println(ok, len(g))
	// make with len
	m := make([]string, 3)
	m = append(m, "x")
	fmt.Printf("%q %d\n", m, len(m))
	// insert in the middle
	ins := []int{1, 2, 4, 5}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
	// struct slice
	type P struct{ X, Y int }
	ps := []P{{1, 2}}
	ps = append(ps, P{3, 4})
	ps[0].X = 10
	fmt.Println(ps)
}

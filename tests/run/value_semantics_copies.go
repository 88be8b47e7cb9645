package main

type S struct {
	A   [3]int
	Tag string
}

func mutate(s S) S {
	s.A[0] = 100
	s.Tag = "mutated"
	return s
}

func main() {
	orig := S{[3]int{1, 2, 3}, "orig"}
	cp := mutate(orig)
	println(orig.A[0], orig.Tag, cp.A[0], cp.Tag)
	// through channels
	ch := make(chan S, 1)
	ch <- orig
	orig.A[1] = 200
	got := <-ch
	println(got.A[1], orig.A[1])
	// through interfaces
	var i interface{} = orig
	orig.Tag = "changed"
	println(i.(S).Tag)
	// through maps
	m := map[string]S{"k": orig}
	orig.A[2] = 300
	println(m["k"].A[2])
	// through slices of arrays
	arrs := [][2]int{{1, 2}}
	a := arrs[0]
	a[0] = 9
	println(arrs[0][0])
	// array assignment copies
	x := [2][]int{{1}, {2}}
	y := x
	y[0][0] = 50 // inner slices shared
	y[1] = []int{60}
	println(x[0][0], x[1][0])
	// range value is a copy
	structs := []S{{Tag: "a"}, {Tag: "b"}}
	for _, s := range structs {
		s.Tag = "z"
	}
	println(structs[0].Tag, structs[1].Tag)
	// closure captures variable not value
	v := S{Tag: "before"}
	f := func() string { return v.Tag }
	v.Tag = "after"
	println(f())
	// method value copies value receiver at evaluation
	g := v.get
	v.Tag = "later"
	println(g(), v.get())
	// defer args copied
	func() {
		w := S{Tag: "deferred-copy"}
		defer func(s S) { println(s.Tag) }(w)
		w.Tag = "modified"
	}()
}

func (s S) get() string { return s.Tag }

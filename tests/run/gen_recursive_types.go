package main

import "fmt"

type Tree[T any] struct {
	Val      T
	Children []*Tree[T]
}

func (t *Tree[T]) Add(v T) *Tree[T] {
	c := &Tree[T]{Val: v}
	t.Children = append(t.Children, c)
	return c
}

func (t *Tree[T]) Depth() int {
	d := 0
	for _, c := range t.Children {
		d = max(d, c.Depth())
	}
	return d + 1
}

func Walk[T any](t *Tree[T], depth int, visit func(T, int)) {
	visit(t.Val, depth)
	for _, c := range t.Children {
		Walk(c, depth+1, visit)
	}
}

func MapTree[T, U any](t *Tree[T], f func(T) U) *Tree[U] {
	r := &Tree[U]{Val: f(t.Val)}
	for _, c := range t.Children {
		r.Children = append(r.Children, MapTree(c, f))
	}
	return r
}

// A generic type referring to itself through a constraint.
type Ordered[T any] interface {
	Less(T) bool
}

type Version struct{ major, minor int }

func (v Version) Less(o Version) bool {
	return v.major < o.major || v.major == o.major && v.minor < o.minor
}

func MaxOf[T Ordered[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if m.Less(x) {
			m = x
		}
	}
	return m
}

// Mutually recursive generic types.
type Expr[T any] struct {
	lit  *T
	list *ExprList[T]
}

type ExprList[T any] struct {
	items []Expr[T]
}

func (e Expr[T]) Count() int {
	if e.lit != nil {
		return 1
	}
	n := 0
	for _, it := range e.list.items {
		n += it.Count()
	}
	return n
}

type Cons[T any] struct {
	head T
	tail *Cons[T]
}

func FromSlice[T any](xs []T) *Cons[T] {
	var l *Cons[T]
	for i := len(xs) - 1; i >= 0; i-- {
		l = &Cons[T]{xs[i], l}
	}
	return l
}

func (l *Cons[T]) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprint(l.head) + ":" + l.tail.String()
}

func main() {
	root := &Tree[string]{Val: "root"}
	a := root.Add("a")
	a.Add("a1").Add("a1x")
	root.Add("b")
	Walk(root, 0, func(s string, d int) { fmt.Printf("%*s%s\n", d*2, "", s) })
	fmt.Println(root.Depth())
	lens := MapTree(root, func(s string) int { return len(s) })
	sum := 0
	Walk(lens, 0, func(n, _ int) { sum += n })
	fmt.Println(sum)

	fmt.Println(MaxOf(Version{1, 2}, Version{1, 10}, Version{0, 99}))

	one, two := 1, 2
	e := Expr[int]{list: &ExprList[int]{items: []Expr[int]{{lit: &one}, {list: &ExprList[int]{items: []Expr[int]{{lit: &two}, {lit: &one}}}}}}}
	fmt.Println(e.Count())
	fmt.Println(FromSlice([]string{"x", "y", "z"}), FromSlice[int](nil))
}

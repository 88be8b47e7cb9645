// Generic types with methods, recursive generic types, embedding, %T names.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }
func (l *List[T]) String() string {
	var b strings.Builder
	for e := l; e != nil; e = e.next {
		fmt.Fprint(&b, e.val, " ")
	}
	return b.String()
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v: %v)", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Named struct {
	Stack[string]
	name string
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Result[T any] struct {
	Val T
	Err error
}

func main() {
	var s Stack[int]
	for i := 0; i < 4; i++ {
		s.Push(i * 10)
	}
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	var l *List[string]
	l = l.Push("a").Push("b").Push("c")
	fmt.Println(l)
	p := MakePair("answer", 42)
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%T %v %+v\n", p, p, Pair[int, []string]{1, []string{"x"}})
	var t *Tree[string]
	for _, w := range strings.Fields("the quick brown fox jumps over") {
		t = t.Insert(w)
	}
	t.Walk(func(w string) { fmt.Print(w, ",") })
	fmt.Println()
	n := Named{name: "n"}
	n.Push("x")
	n.Push("y")
	fmt.Println(n.Len(), n.items)
	set := NewSet[rune]()
	for _, r := range "hello" {
		set.Add(r)
	}
	fmt.Println(len(set), set.Has('l'), set.Has('z'))
	r := Result[*List[string]]{nil, errors.New("none")}
	fmt.Printf("%T %v\n", r, r.Err)
	var st fmt.Stringer = p
	fmt.Println(st.String())
	push := s.Push
	push(99)
	fmt.Println(s.items)
	pop := (*Stack[int]).Pop
	fmt.Println(pop(&s))
}

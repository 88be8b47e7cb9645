package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

type Stringish interface {
	~string
}

func Upper[S Stringish](s S) S { return S(strings.ToUpper(string(s))) }

type Name string

func main() {
	var s Stack[int]
	for i := 0; i < 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	ss := &Stack[string]{}
	ss.Push("a")
	fmt.Printf("%T %v\n", ss, ss.items)
	p := Pair[string, int]{"x", 1}
	fmt.Println(p)
	fmt.Printf("%T\n", p)
	ps := []Pair[int, bool]{{1, true}, {2, false}}
	fmt.Println(ps)
	var l List[string]
	l.Add("c")
	l.Add("b")
	l.Add("a")
	l.Each(func(s string) { fmt.Print(s) })
	fmt.Println(l.size)
	set := Set[int]{}
	set.Add(3)
	fmt.Println(set.Has(3), set.Has(4), len(set))
	fmt.Println(Upper(Name("bob")), Upper("x"))
	fmt.Printf("%T\n", Upper(Name("t")))
}

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](vs ...T) Set[T] {
	s := make(Set[T], len(vs))
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Remove(v T)        { delete(s, v) }
func (s Set[T]) Len() int          { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for v := range s {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.DeleteFunc(r, func(v T, _ struct{}) bool { return o.Has(v) })
	return r
}

func Sorted[T interface {
	comparable
	~int | ~string
}](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

type color string

func main() {
	a := SetOf(1, 2, 3, 4)
	b := SetOf(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), Sorted(a.Diff(b)))
	fmt.Println(a.Has(2), b.Has(2), a.Len())
	a.Remove(2)
	a.Remove(42)
	fmt.Println(Sorted(a), a)

	words := SetOf(strings.Fields("to be or not to be")...)
	fmt.Println(words.Len(), Sorted(words))

	cs := SetOf[color]("red", "green")
	cs.Add("red")
	fmt.Println(Sorted(cs), len(cs))

	type pt struct{ x, y int }
	ps := SetOf(pt{1, 2}, pt{1, 2}, pt{2, 1})
	fmt.Println(ps.Len(), ps.Has(pt{2, 1}))

	var anyset Set[any] = SetOf[any](1, "1", 1.0, 1)
	fmt.Println(anyset.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	anyset.Add([]int{1})
}

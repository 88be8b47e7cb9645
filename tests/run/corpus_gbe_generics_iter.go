package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func MapKeys[K comparable, V any](m map[K]V) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

type List[T any] struct {
	head, tail *element[T]
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	if lst.tail == nil {
		lst.head = &element[T]{val: v}
		lst.tail = lst.head
	} else {
		lst.tail.next = &element[T]{val: v}
		lst.tail = lst.tail.next
	}
}

func (lst *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := lst.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func genFib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 1, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

type MyInt int

func Filter[T any](seq iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	var m = map[int]string{1: "2", 2: "4", 4: "8"}
	k := MapKeys(m)
	slices.Sort(k)
	fmt.Println("keys:", k)
	lst := List[int]{}
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	for e := range lst.All() {
		fmt.Println(e)
	}
	all := slices.Collect(lst.All())
	fmt.Println("all:", all)
	for n := range genFib() {
		if n >= 100 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[MyInt](4, 5))
	fmt.Println(Pair[string, int]{"a", 1})
	fmt.Printf("%v %+v %T\n", Pair[string, int]{"b", 2}, Pair[int, bool]{1, true}, Pair[string, []int]{})
	for i, s := range Enumerate([]string{"x", "y", "z"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
	even := Filter(genFib(), func(n int) bool { return n%2 == 0 })
	cnt := 0
	for v := range even {
		fmt.Print(v, ",")
		cnt++
		if cnt == 5 {
			break
		}
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	next, stop := iter.Pull(genFib())
	for i := 0; i < 5; i++ {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	for _, w := range strings.Split("a,b,c", ",") {
		fmt.Print(w)
	}
	fmt.Println()
}

package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		i, _ := slices.BinarySearch(o.keys, k)
		o.keys = slices.Insert(o.keys, i, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Pairs() iter.Seq[Pair[K, V]] {
	return func(yield func(Pair[K, V]) bool) {
		for _, k := range o.keys {
			if !yield(Pair[K, V]{k, o.m[k]}) {
				return
			}
		}
	}
}

type Stringer interface{ String() string }

func JoinAll[T Stringer](seq iter.Seq[T], sep string) string {
	var parts []string
	for v := range seq {
		parts = append(parts, v.String())
	}
	return strings.Join(parts, sep)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) (r Result[T]) {
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("panic: %v", p)
		}
	}()
	v, err := f()
	return Result[T]{v, err}
}

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Average[T Number](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	var l List[string]
	for _, s := range []string{"a", "b", "c"} {
		l.Push(s)
	}
	for i, v := range l.All() {
		fmt.Println(i, v)
	}
	om := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("pear apple fig apple kiwi") {
		om.Set(w, i)
	}
	fmt.Println(JoinAll(om.Pairs(), ", "))
	fmt.Printf("%v %T\n", Pair[string, bool]{"ok", true}, Pair[string, bool]{})
	fmt.Println(Try(func() (int, error) { return 42, nil }))
	fmt.Println(Try(func() (string, error) { return "", errors.New("failed") }))
	r := Try(func() ([]int, error) { var s []int; return s[:1], nil })
	fmt.Println(r.Val == nil, r.Err)
	fmt.Println(Average([]int{1, 2, 3, 4}), Average([]float64{1, 2}), Average([]Celsius{20, 25}))
	fmt.Printf("%T\n", Average([]Celsius{}))
	ks := Keys(map[string]bool{"x": true, "y": false})
	slices.Sort(ks)
	fmt.Println(ks)
}

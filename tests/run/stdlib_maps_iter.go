package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
)

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range s.m {
			if !yield(x) {
				return
			}
		}
	}
}

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

type node struct{ val int }

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c), maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(x int, y string) bool { return fmt.Sprint(x) == y }))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	maps.Copy(c, map[string]int{"x": 10, "b": 20})
	fmt.Println(c)
	all := maps.Collect(maps.All(m))
	fmt.Println(all)
	maps.Insert(all, maps.All(map[string]int{"z": 26}))
	fmt.Println(all)
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil)

	set := NewSet(3, 1, 4, 1, 5, 9, 2, 6)
	fmt.Println(slices.Sorted(set.All()))
	evens := Filter(Naturals(), func(x int) bool { return x%2 == 0 })
	squares := Map(evens, func(x int) string { return fmt.Sprint(x * x) })
	fmt.Println(slices.Collect(Take(squares, 5)))

	next, stop := iter.Pull(Take(Naturals(), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	fmt.Println(next())
	stop()
	next2, stop2 := iter.Pull2(maps.All(map[int]string{7: "seven"}))
	fmt.Println(next2())
	fmt.Println(next2())
	stop2()
	n3, stop3 := iter.Pull(Naturals())
	fmt.Println(n3())
	fmt.Println(n3())
	stop3()
	fmt.Println(n3())

	var p atomic.Pointer[node]
	fmt.Println(p.Load() == nil)
	a, b := &node{1}, &node{2}
	p.Store(a)
	fmt.Println(p.Load().val, p.CompareAndSwap(b, b), p.CompareAndSwap(a, b), p.Load().val)
	fmt.Println(p.Swap(a).val, p.Load().val)
	var wg sync.WaitGroup
	var counter atomic.Pointer[int]
	zero := 0
	counter.Store(&zero)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				for {
					old := counter.Load()
					nv := *old + 1
					if counter.CompareAndSwap(old, &nv) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(*counter.Load())

	calls := 0
	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), calls)
	vs := sync.OnceValues(func() (string, error) { calls++; return "x", nil })
	fmt.Println(vs())
	fmt.Println(vs())
	fmt.Println(calls)
	bad := sync.OnceValue(func() int { panic("once") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered", recover()) }()
			bad()
		}()
	}
}

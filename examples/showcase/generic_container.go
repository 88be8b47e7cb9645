// generic_container: an ordered map (a sorted-key map with in-order iteration),
// a generic stack and Map/Filter/Reduce helpers, with type constraints.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// OrderedMap keeps its keys sorted.
type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) {
	if _, ok := m.vals[k]; !ok {
		return
	}
	delete(m.vals, k)
	i, _ := slices.BinarySearch(m.keys, k)
	m.keys = slices.Delete(m.keys, i, i+1)
}

// Each calls f for every entry in key order until f returns false.
func (m *OrderedMap[K, V]) Each(f func(K, V) bool) {
	for _, k := range m.keys {
		if !f(k, m.vals[k]) {
			return
		}
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

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

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs []N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	counts := NewOrderedMap[string, int]()
	for _, w := range words {
		n, _ := counts.Get(w)
		counts.Set(w, n+1)
	}
	counts.Delete("end")
	counts.Delete("absent")
	counts.Each(func(k string, v int) bool {
		fmt.Printf("%s=%d ", k, v)
		return true
	})
	fmt.Println("| distinct:", counts.Len())

	var st Stack[rune]
	for _, r := range "minigo" {
		st.Push(r)
	}
	var rev []rune
	for r, ok := st.Pop(); ok; r, ok = st.Pop() {
		rev = append(rev, r)
	}
	fmt.Println("reversed:", string(rev))

	lengths := Map(words, func(w string) int { return len(w) })
	long := Filter(words, func(w string) bool { return len(w) > 3 })
	joined := Reduce(long, "", func(acc string, w string) string {
		if acc == "" {
			return w
		}
		return acc + "+" + w
	})
	fmt.Println("lengths:", lengths, "sum:", Sum(lengths))
	fmt.Println("long words:", joined)
	temps := []Celsius{21.5, 19.25, 23}
	fmt.Printf("mean temperature: %.2f\n", float64(Sum(temps))/float64(len(temps)))
	fmt.Println("max:", slices.Max(temps), "sorted:", slices.Sorted(slices.Values([]int{5, 2, 9, 1})))
}

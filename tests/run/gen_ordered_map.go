package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// SortedMap keeps keys in a sorted slice next to a map for O(1) lookup.
type SortedMap[K cmp.Ordered, V any] struct {
	keys []K
	m    map[K]V
}

func (s *SortedMap[K, V]) Set(k K, v V) {
	if s.m == nil {
		s.m = map[K]V{}
	}
	if _, ok := s.m[k]; !ok {
		i, _ := slices.BinarySearch(s.keys, k)
		s.keys = slices.Insert(s.keys, i, k)
	}
	s.m[k] = v
}

func (s *SortedMap[K, V]) Delete(k K) bool {
	if _, ok := s.m[k]; !ok {
		return false
	}
	delete(s.m, k)
	i, _ := slices.BinarySearch(s.keys, k)
	s.keys = slices.Delete(s.keys, i, i+1)
	return true
}

func (s *SortedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range s.keys {
			if !yield(k, s.m[k]) {
				return
			}
		}
	}
}

// Range yields the entries with lo <= key < hi.
func (s *SortedMap[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		i, _ := slices.BinarySearch(s.keys, lo)
		for ; i < len(s.keys) && s.keys[i] < hi; i++ {
			if !yield(s.keys[i], s.m[s.keys[i]]) {
				return
			}
		}
	}
}

func (s *SortedMap[K, V]) String() string {
	var parts []string
	for k, v := range s.All() {
		parts = append(parts, fmt.Sprintf("%v:%v", k, v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var m SortedMap[string, int]
	for i, w := range strings.Fields("pear apple fig kiwi banana apple") {
		m.Set(w, i)
	}
	fmt.Println(m.String())
	fmt.Println(m.Delete("fig"), m.Delete("fig"))
	for k, v := range m.Range("b", "l") {
		fmt.Println(k, v)
	}
	var n SortedMap[float64, []string]
	n.Set(2.5, []string{"x"})
	n.Set(-1, nil)
	n.Set(10, []string{"a", "b"})
	fmt.Println(&n)
	for k := range n.Range(0, 100) {
		fmt.Print(k, " ")
	}
	fmt.Println()
}

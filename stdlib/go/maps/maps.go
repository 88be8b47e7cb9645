// Package maps: generic functions on maps (minigo's own implementation of Go's API).
package maps

import "iter"

// Equal reports whether m1 and m2 hold the same keys with equal values.
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	return EqualFunc(m1, m2, func(a, b V) bool { return a == b })
}

// EqualFunc is Equal with eq comparing the values.
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, a := range m1 {
		b, found := m2[k]
		if !found || !eq(a, b) {
			return false
		}
	}
	return true
}

// Clone returns a shallow copy of m (nil stays nil).
func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	out := make(M, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Copy sets dst[k] = v for every pair of src.
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	for k, v := range src {
		dst[k] = v
	}
}

// DeleteFunc deletes the pairs for which del returns true.
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}

// table is a map seen by the iterator constructors: its methods are the push
// iterators that All, Keys and Values hand out as method values.
type table[K comparable, V any] map[K]V

func (t table[K, V]) pairs(yield func(K, V) bool) {
	for k, v := range t {
		if !yield(k, v) {
			break
		}
	}
}

func (t table[K, V]) keys(yield func(K) bool) {
	for k := range t {
		if !yield(k) {
			break
		}
	}
}

func (t table[K, V]) values(yield func(V) bool) {
	for _, v := range t {
		if !yield(v) {
			break
		}
	}
}

// All iterates over the key-value pairs of m (in map iteration order).
func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V] { return table[K, V](m).pairs }

// Keys iterates over the keys of m.
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K] { return table[K, V](m).keys }

// Values iterates over the values of m.
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V] { return table[K, V](m).values }

// Insert adds the pairs of seq to m, overwriting existing keys.
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V]) {
	for k, v := range seq {
		m[k] = v
	}
}

// Collect returns a new map holding the pairs of seq.
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	m := make(map[K]V)
	for k, v := range seq {
		m[k] = v
	}
	return m
}

// Package slices: generic functions on slices of any element type (minigo's own
// implementation of Go's API). Sorting uses package sort's pattern-defeating quicksort
// and stable merge, so equal elements end up in the same order as with Go.
package slices

import (
	"cmp"
	"iter"
	"sort"
)

// Equal reports whether s1 and s2 have the same length and equal elements in order.
// Floating-point NaNs are not equal to anything.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with eq comparing the elements.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element with cmp.Compare; a shorter slice that
// is a prefix of the other is less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	return CompareFunc(s1, s2, cmp.Compare[E])
}

// CompareFunc is Compare with a comparison function.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	n := min(len(s1), len(s2))
	for i := 0; i < n; i++ {
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	switch {
	case len(s1) < len(s2):
		return -1
	case len(s1) > len(s2):
		return +1
	}
	return 0
}

// Index returns the index of the first occurrence of v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i with f(s[i]), or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether some element satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts vs at index i (0 <= i <= len(s)) and returns the result; it panics if
// i is out of range.
func Insert[S ~[]E, E any](s S, i int, vs ...E) S {
	_ = s[i:] // bounds check
	n := len(vs)
	if n == 0 {
		return s
	}
	total := len(s) + n
	if total > cap(s) {
		out := make(S, total, growCap(cap(s), total))
		copy(out, s[:i])
		copy(out[i:], vs)
		copy(out[i+n:], s[i:])
		return out
	}
	// vs may alias s: copy it out first.
	vals := append([]E(nil), vs...)
	s = s[:total]
	copy(s[i+n:], s[i:total-n])
	copy(s[i:], vals)
	return s
}

// growCap is the capacity Insert and Grow allocate for at least want elements.
func growCap(old, want int) int {
	c := old * 2
	if c < want {
		c = want
	}
	return c
}

// Delete removes s[i:j] and returns the shortened slice; the vacated elements at the end
// are zeroed. It panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // panics unless 0 <= i <= j <= len(s)
	if i == j {
		return s
	}
	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):oldlen])
	return s
}

// DeleteFunc removes the elements for which del returns true, zeroing the tail.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	w := 0
	for _, v := range s {
		if !del(v) {
			s[w] = v
			w++
		}
	}
	clear(s[w:])
	return s[:w]
}

// Replace replaces s[i:j] with vs and returns the result; it panics if s[i:j] is not a
// valid slice of s.
func Replace[S ~[]E, E any](s S, i, j int, vs ...E) S {
	_ = s[i:j] // bounds check
	tail := append([]E(nil), s[j:]...)
	vals := append([]E(nil), vs...)
	oldlen := len(s)
	s = append(s[:i], vals...)
	s = append(s, tail...)
	if len(s) < oldlen {
		clear(s[len(s):oldlen])
	}
	return s
}

// Clone returns a copy of s (nil stays nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

// Compact replaces runs of equal consecutive elements by one copy, zeroing the tail.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is Compact with eq deciding equality; the first element of each run stays.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	w := 1
	for r := 1; r < len(s); r++ {
		if !eq(s[w-1], s[r]) {
			s[w] = s[r]
			w++
		}
	}
	clear(s[w:])
	return s[:w]
}

// Grow makes room for at least n more elements without another allocation; it panics
// if n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if need := len(s) + n; need > cap(s) {
		out := make(S, len(s), need)
		copy(out, s)
		s = out
	}
	return s
}

// Clip removes unused capacity: s[:len(s):len(s)].
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements in place.
func Reverse[S ~[]E, E any](s S) {
	n := len(s)
	for k := 0; k < n/2; k++ {
		s[k], s[n-1-k] = s[n-1-k], s[k]
	}
}

// Concat returns a new slice holding the elements of all the slices in order.
func Concat[S ~[]E, E any](slices ...S) S {
	n := 0
	for _, s := range slices {
		n += len(s)
		if n < 0 {
			panic("len out of range")
		}
	}
	out := Grow[S](nil, n)
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

// Repeat returns a new slice holding count copies of x; it panics if count is negative
// or the length overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const largest = 1<<63 - 1
	if len(x) > 0 && count > largest/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, 0, len(x)*count)
	for i := 0; i < count; i++ {
		out = append(out, x...)
	}
	return out
}

// sorters adapting a slice to sort.Interface.

type orderedSorter[E cmp.Ordered] []E

func (s orderedSorter[E]) Len() int           { return len(s) }
func (s orderedSorter[E]) Less(i, j int) bool { return cmp.Less(s[i], s[j]) }
func (s orderedSorter[E]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type funcSorter[E any] struct {
	s   []E
	cmp func(a, b E) int
}

func (f *funcSorter[E]) Len() int           { return len(f.s) }
func (f *funcSorter[E]) Less(i, j int) bool { return f.cmp(f.s[i], f.s[j]) < 0 }
func (f *funcSorter[E]) Swap(i, j int)      { f.s[i], f.s[j] = f.s[j], f.s[i] }

// Sort sorts s in ascending order (NaNs first).
func Sort[S ~[]E, E cmp.Ordered](s S) {
	sort.Sort(orderedSorter[E](s))
}

// SortFunc sorts s by cmp (negative: a before b); the sort is not stable.
func SortFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	sort.Sort(&funcSorter[E]{s, cmp})
}

// SortStableFunc sorts s by cmp keeping the order of equal elements.
func SortStableFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	sort.Stable(&funcSorter[E]{s, cmp})
}

// IsSorted reports whether s is in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](s S) bool {
	for i := len(s) - 1; i > 0; i-- {
		if cmp.Less(s[i], s[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether s is sorted by cmp.
func IsSortedFunc[S ~[]E, E any](s S, cmp func(a, b E) int) bool {
	for i := len(s) - 1; i > 0; i-- {
		if cmp(s[i], s[i-1]) < 0 {
			return false
		}
	}
	return true
}

// Min returns the smallest element (a NaN if any); it panics if s is empty.
func Min[S ~[]E, E cmp.Ordered](s S) E {
	if len(s) < 1 {
		emptyList("Min")
	}
	m := s[0]
	for _, v := range s[1:] {
		m = min(m, v)
	}
	return m
}

// MinFunc returns the first minimal element by cmp; it panics if s is empty.
func MinFunc[S ~[]E, E any](s S, cmp func(a, b E) int) E {
	if len(s) < 1 {
		emptyList("MinFunc")
	}
	m := s[0]
	for _, v := range s[1:] {
		if cmp(v, m) < 0 {
			m = v
		}
	}
	return m
}

// Max returns the largest element (a NaN if any); it panics if s is empty.
func Max[S ~[]E, E cmp.Ordered](s S) E {
	if len(s) < 1 {
		emptyList("Max")
	}
	m := s[0]
	for _, v := range s[1:] {
		m = max(m, v)
	}
	return m
}

// MaxFunc returns the first maximal element by cmp; it panics if s is empty.
func MaxFunc[S ~[]E, E any](s S, cmp func(a, b E) int) E {
	if len(s) < 1 {
		emptyList("MaxFunc")
	}
	m := s[0]
	for _, v := range s[1:] {
		if cmp(v, m) > 0 {
			m = v
		}
	}
	return m
}

// BinarySearch finds target in the sorted slice s: its index (or where it would be
// inserted) and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](s S, target E) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp.Less(s[mid], target) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(s) && cmp.Compare(s[lo], target) == 0
}

// BinarySearchFunc is BinarySearch with cmp comparing an element with the target.
func BinarySearchFunc[S ~[]E, E, T any](s S, target T, cmp func(E, T) int) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(s[mid], target) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(s) && cmp(s[lo], target) == 0
}

// view is a slice seen by the iterator constructors: its methods are the push
// iterators that All, Backward and Values hand out as method values.
type view[E any] []E

func (v view[E]) forward(yield func(int, E) bool) {
	for i := range v {
		if !yield(i, v[i]) {
			break
		}
	}
}

func (v view[E]) reversed(yield func(int, E) bool) {
	for n := range len(v) {
		at := len(v) - 1 - n
		if !yield(at, v[at]) {
			break
		}
	}
}

func (v view[E]) elements(yield func(E) bool) {
	for i := range v {
		if !yield(v[i]) {
			break
		}
	}
}

// emptyList panics as Min, MinFunc, Max and MaxFunc do on an empty slice.
func emptyList(fn string) {
	panic("slices." + fn + ": empty list")
}

// All iterates over the indices and values of s.
func All[S ~[]E, E any](s S) iter.Seq2[int, E] { return view[E](s).forward }

// Backward iterates over the indices and values of s from the last to the first.
func Backward[S ~[]E, E any](s S) iter.Seq2[int, E] { return view[E](s).reversed }

// Values iterates over the elements of s.
func Values[S ~[]E, E any](s S) iter.Seq[E] { return view[E](s).elements }

// AppendSeq appends the values of seq to s.
func AppendSeq[S ~[]E, E any](s S, seq iter.Seq[E]) S {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Collect returns the values of seq in a new slice (nil when there are none).
func Collect[E any](seq iter.Seq[E]) []E {
	var out []E
	for v := range seq {
		out = append(out, v)
	}
	return out
}

// Sorted collects the values of seq and sorts them.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

// SortedFunc collects the values of seq and sorts them by cmp.
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

// SortedStableFunc collects the values of seq and sorts them stably by cmp.
func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, cmp)
	return s
}

// Chunk iterates over consecutive sub-slices of s of n elements (the last may be
// shorter), each with its capacity clipped; it panics if n < 1.
func Chunk[S ~[]E, E any](s S, n int) iter.Seq[S] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(S) bool) {
		for rest := s; len(rest) > 0; {
			k := min(n, len(rest))
			if !yield(rest[:k:k]) {
				return
			}
			rest = rest[k:]
		}
	}
}

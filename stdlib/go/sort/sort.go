// Package sort provides primitives for sorting slices and user-defined collections.
//
// Sort, Slice and Float64s use pattern-defeating quicksort with the same choices as
// Go's (pivots, thresholds, pattern breaking), so elements that compare equal end up
// in the same order as with Go; Stable and SliceStable are insertion sort on blocks
// followed by in-place symmetric merging.
package sort

import "math/bits"

// An implementation of Interface can be sorted by the routines in this package. The
// methods refer to elements of the underlying collection by integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with
	// index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It makes one
// call to data.Len to determine n and O(n*log(n)) calls to data.Less and data.Swap.
// The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bits.Len(uint(n)))
}

// Stable sorts data in ascending order as determined by the Less method, while keeping
// the original order of equal elements.
func Stable(data Interface) { stable(data, data.Len()) }

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of another Interface
	// implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverse{data} }

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Ints(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice implements Interface for a []float64, sorting in increasing order, with
// not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j], as required by the sort
// Interface. Note that floating-point comparison by itself is not a transitive
// relation: it does not report a consistent ordering for not-a-number (NaN) values.
// This implementation of Less places NaN values before any others.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// isNaN is a copy of math.IsNaN to avoid a dependency on the math package.
func isNaN(f float64) bool { return f != f }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// StringSlice attaches the methods of Interface to []string, sorting in increasing
// order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Strings(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { sortInts(x, 0, len(x)) }

// Float64s sorts a slice of float64s in increasing order. Not-a-number (NaN) values are
// ordered before other values.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { sortStrings(x, 0, len(x)) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether the slice x is sorted in increasing order, with
// not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// sortInts sorts x[a:b] directly (equal ints are indistinguishable, so any correct
// algorithm gives Go's result): quicksort with median-of-three pivots, insertion sort
// on short ranges, recursing on the smaller side.
func sortInts(x []int, a, b int) {
	for b-a > 12 {
		m := int(uint(a+b) >> 1)
		// Median of three to x[m].
		if x[m] < x[a] {
			x[m], x[a] = x[a], x[m]
		}
		if x[b-1] < x[m] {
			x[b-1], x[m] = x[m], x[b-1]
			if x[m] < x[a] {
				x[m], x[a] = x[a], x[m]
			}
		}
		p := x[m]
		i, j := a, b-1
		for i <= j {
			for x[i] < p {
				i++
			}
			for p < x[j] {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		if j-a < b-i {
			sortInts(x, a, j+1)
			a = i
		} else {
			sortInts(x, i, b)
			b = j + 1
		}
	}
	for i := a + 1; i < b; i++ {
		for j := i; j > a && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// sortStrings is sortInts for strings.
func sortStrings(x []string, a, b int) {
	for b-a > 12 {
		m := int(uint(a+b) >> 1)
		if x[m] < x[a] {
			x[m], x[a] = x[a], x[m]
		}
		if x[b-1] < x[m] {
			x[b-1], x[m] = x[m], x[b-1]
			if x[m] < x[a] {
				x[m], x[a] = x[a], x[m]
			}
		}
		p := x[m]
		i, j := a, b-1
		for i <= j {
			for x[i] < p {
				i++
			}
			for p < x[j] {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		if j-a < b-i {
			sortStrings(x, a, j+1)
			a = i
		} else {
			sortStrings(x, i, b)
			b = j + 1
		}
	}
	for i := a + 1; i < b; i++ {
		for j := i; j > a && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

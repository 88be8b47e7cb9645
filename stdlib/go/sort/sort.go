// Package sort orders slices and any indexable collection, and binary-searches
// sorted ones.
//
// Sort, Slice and Float64s use pattern-defeating quicksort with the same choices as
// Go's (pivots, thresholds, pattern breaking), so elements that compare equal end up
// in the same order as with Go; Stable and SliceStable are insertion sort on blocks
// followed by in-place symmetric merging.
package sort

import "math/bits"

// Interface is what Sort needs of a collection: its size, an order on two positions
// and a way to exchange them.
type Interface interface {
	Len() int
	// Less: must element i come before element j?
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort orders data by Less (equal elements in no guaranteed order), calling Len once
// and Less and Swap O(n log n) times.
func Sort(data Interface) {
	if n := data.Len(); n > 1 {
		pdq(data, 0, n, bits.Len(uint(n)))
	}
}

// Stable orders data by Less and keeps equal elements in their original order.
func Stable(data Interface) { stableSort(data, data.Len()) }

// IsSorted reports whether no element is Less than the one before it.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reverse flips the order of the Interface it wraps.
type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse wraps data so that sorting it gives the descending order.
func Reverse(data Interface) Interface { return &reverse{data} }

// IntSlice is a []int with Interface's methods (ascending).
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (p IntSlice) Search(x int) int   { return SearchInts(p, x) }

// Float64Slice is a []float64 with Interface's methods (ascending, NaNs first).
type Float64Slice []float64

func isNaN(f float64) bool { return f != f }

func (x Float64Slice) Len() int { return len(x) }

// Less puts NaNs before every number, which makes the order total.
func (x Float64Slice) Less(i, j int) bool {
	if isNaN(x[i]) {
		return !isNaN(x[j])
	}
	return x[i] < x[j]
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// StringSlice is a []string with Interface's methods (ascending).
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Strings(x) }
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts x ascending.
func Ints(x []int) { sortInts(x, 0, len(x)) }

// Float64s sorts x ascending, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts x ascending (byte-wise).
func Strings(x []string) { sortStrings(x, 0, len(x)) }

// IntsAreSorted reports whether x is ascending.
func IntsAreSorted(x []int) bool {
	for k := 1; k < len(x); k++ {
		if x[k] < x[k-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is ascending with NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is ascending.
func StringsAreSorted(x []string) bool {
	for k := 1; k < len(x); k++ {
		if x[k] < x[k-1] {
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

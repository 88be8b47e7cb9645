package sort

import (
	"internal/reflectlite"
	"math/bits"
)

// lessSwap adapts a less function and a slice to Interface (for Slice and
// SliceStable).
type lessSwap struct {
	less  func(i, j int) bool
	slice any
	n     int
}

func (x *lessSwap) Len() int           { return x.n }
func (x *lessSwap) Less(i, j int) bool { return x.less(i, j) }
func (x *lessSwap) Swap(i, j int)      { reflectlite.Swap(x.slice, i, j) }

func sliceLen(x any) int {
	if reflectlite.KindOf(x) != reflectlite.KindSlice {
		panic(&valueError{"Swapper", reflectlite.KindOf(x)})
	}
	return reflectlite.Len(x)
}

// valueError is the panic of a non-slice argument (reflect's ValueError text).
type valueError struct {
	method string
	kind   reflectlite.Kind
}

func (e *valueError) Error() string {
	if e.kind == 0 {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + e.kind.String() + " Value"
}

// Slice sorts the slice x by less, not necessarily keeping equal elements in order; it
// panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	pdq(&lessSwap{less, x, n}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x by less, keeping equal elements in order; it panics if x
// is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stableSort(&lessSwap{less, x, n}, n)
}

// SliceIsSorted reports whether x is sorted by less; it panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

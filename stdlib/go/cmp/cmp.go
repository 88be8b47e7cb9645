// Package cmp: the Ordered constraint and comparisons of ordered values (minigo's own
// implementation of Go's API).
package cmp

// Ordered is satisfied by every type whose values the < operator orders.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// nan reports whether v is a floating-point NaN (the only value unequal to itself).
func nan[T Ordered](v T) bool {
	return v != v
}

// Less reports whether x sorts before y; a NaN sorts before every other value.
func Less[T Ordered](x, y T) bool {
	if nan(x) {
		return !nan(y)
	}
	return x < y
}

// Compare returns -1, 0 or +1 as x sorts before, with or after y. NaNs are equal to each
// other and sort before every other value; -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	xn, yn := nan(x), nan(y)
	switch {
	case xn && yn:
		return 0
	case xn:
		return -1
	case yn:
		return +1
	case x < y:
		return -1
	case x > y:
		return +1
	}
	return 0
}

// Or returns its first argument that is not the zero value, or the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}

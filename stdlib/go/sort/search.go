package sort

// Search returns the first i in [0, n) with f(i) true, for an f that is false and then
// true along the range (n if it is never true), by binary search.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find returns the first i in [0, n) with cmp(i) <= 0, for a cmp that is positive and then
// not along the range (n if there is none), and whether cmp(i) is 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	found = i < n && cmp(i) == 0
	return i, found
}

// SearchInts searches for x in a sorted slice of ints and returns the index as
// specified by Search. The return value is the index to insert x if x is not present.
func SearchInts(a []int, x int) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if !(a[h] >= x) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchFloat64s searches for x in a sorted slice of float64s and returns the index as
// specified by Search.
func SearchFloat64s(a []float64, x float64) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if !(a[h] >= x) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchStrings is the index where x is, or would be inserted, in the sorted slice a.
func SearchStrings(a []string, x string) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if !(a[h] >= x) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

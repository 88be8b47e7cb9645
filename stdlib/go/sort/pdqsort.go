package sort

import "math/bits"

// Sort's algorithm is pattern-defeating quicksort (Orson Peters, 2021) with the
// parameters Go uses: insertion sort up to 12 elements, a ninther of samples from 50
// elements on, heapsort after log2(n) unbalanced partitions, and a xorshift shuffle of
// three elements after each unbalanced one. Programs can observe the order of equal
// elements (and count Less and Swap calls), so every decision below follows Go's
// choices exactly; the code is organized our own way: pending ranges on an explicit
// stack, one crossing scan for both partition kinds, and a 3-element sorting network
// for medians.

// pdqRange is a range still to sort, with what the partition that made it observed.
type pdqRange struct {
	lo, hi      int
	badAllowed  int  // unbalanced partitions still tolerated before heapsort
	balanced    bool // the partition that made the range was balanced
	partitioned bool // ... and found its input already partitioned
}

// pdq sorts data[lo:hi] (its caller passes the whole length, so lo > 0 means that
// data[lo-1] is a pivot of an enclosing partition, not greater than anything here).
func pdq(data Interface, lo, hi, badAllowed int) {
	stack := []pdqRange{{lo, hi, badAllowed, true, true}}
	for len(stack) > 0 {
		r := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		stack = pdqStep(data, r, stack)
	}
}

// pdqStep works on r until it is sorted or split; the part left for later (the
// larger one) is pushed first, so the smaller part is finished before it.
func pdqStep(data Interface, r pdqRange, stack []pdqRange) []pdqRange {
	for {
		n := r.hi - r.lo
		if n <= 12 {
			insertionSort(data, r.lo, r.hi)
			return stack
		}
		if r.badAllowed == 0 {
			heapSort(data, r.lo, r.hi)
			return stack
		}
		if !r.balanced {
			shuffleThree(data, r.lo, r.hi)
			r.badAllowed--
		}
		pivot, ascending, descending := samplePivot(data, r.lo, r.hi)
		if descending {
			for i, j := r.lo, r.hi-1; i < j; i, j = i+1, j-1 {
				data.Swap(i, j)
			}
			pivot = r.lo + r.hi - 1 - pivot
			ascending = true
		}
		if ascending && r.balanced && r.partitioned && nearlySorted(data, r.lo, r.hi) {
			return stack
		}
		if r.lo > 0 && !data.Less(r.lo-1, pivot) {
			// Nothing here is below the pivot: split off the run equal to it.
			data.Swap(r.lo, pivot)
			r.lo, _, _ = crossScan(data, r.lo, r.hi, true)
			continue
		}
		data.Swap(r.lo, pivot)
		_, split, moved := crossScan(data, r.lo, r.hi, false)
		data.Swap(split, r.lo)
		left := pdqRange{r.lo, split, r.badAllowed, true, true}
		right := pdqRange{split + 1, r.hi, r.badAllowed, true, true}
		r.partitioned = !moved
		// The sizes compared count the pivot with the right part.
		if leftLen, rightLen := split-r.lo, r.hi-split; leftLen < rightLen {
			right.balanced, right.partitioned = leftLen >= n/8, r.partitioned
			return append(stack, right, left)
		}
		left.balanced, left.partitioned = r.hi-split >= n/8, r.partitioned
		return append(stack, left, right)
	}
}

// crossScan is the Hoare crossing scan over data[lo+1:hi] around the pivot at data[lo]:
// from the left it passes elements below the pivot, from the right elements not below
// it, swapping the pairs that stop both. With equal set, the left side passes elements
// not above the pivot and the right side elements above it. It returns where the
// scans ended and whether anything was swapped.
func crossScan(data Interface, lo, hi int, equal bool) (i, j int, moved bool) {
	i, j = lo+1, hi-1
	for {
		for i <= j && leftSide(data, lo, i, equal) {
			i++
		}
		for i <= j && !leftSide(data, lo, j, equal) {
			j--
		}
		if i > j {
			return i, j, moved
		}
		data.Swap(i, j)
		moved = true
		i, j = i+1, j-1
	}
}

// leftSide reports whether data[k] belongs left of the pivot data[p]: below it, or
// with equal set, not above it.
func leftSide(data Interface, p, k int, equal bool) bool {
	if equal {
		return !data.Less(p, k)
	}
	return data.Less(k, p)
}

// insertionSort sorts data[lo:hi] by moving each element left past the greater ones.
func insertionSort(data Interface, lo, hi int) {
	for next := lo + 1; next < hi; next++ {
		for k := next; k > lo && data.Less(k, k-1); k-- {
			data.Swap(k, k-1)
		}
	}
}

// heapSort sorts data[lo:hi] with a max-heap laid over it.
func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for top := (n - 1) / 2; top >= 0; top-- {
		sink(data, lo, top, n)
	}
	for last := n - 1; last >= 0; last-- {
		data.Swap(lo, lo+last)
		sink(data, lo, 0, last)
	}
}

// sink moves heap node k (of a heap of size n based at data[base]) down below its
// larger children.
func sink(data Interface, base, k, n int) {
	for {
		c := 2*k + 1
		if c >= n {
			return
		}
		if c+1 < n && data.Less(base+c, base+c+1) {
			c++
		}
		if !data.Less(base+k, base+c) {
			return
		}
		data.Swap(base+k, base+c)
		k = c
	}
}

// nearlySorted tries to finish sorting data[lo:hi] by fixing at most five adjacent
// inversions, each moved to its place; it reports whether the range is now sorted.
// Ranges under 50 elements are only checked, not changed.
func nearlySorted(data Interface, lo, hi int) bool {
	i := lo + 1
	for fixes := 0; fixes < 5; fixes++ {
		for i < hi && !data.Less(i, i-1) {
			i++
		}
		switch {
		case i == hi:
			return true
		case hi-lo < 50:
			return false
		}
		data.Swap(i, i-1)
		if i-lo >= 2 { // the smaller one goes left (Go lets it pass lo, down to 1)
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		if hi-i >= 2 { // the greater one goes right
			for k := i + 1; k < hi && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// shuffleThree swaps the three middle elements of data[lo:hi] (from 8 elements on)
// with pseudo-random ones, drawn from a xorshift generator seeded with the length.
func shuffleThree(data Interface, lo, hi int) {
	n := hi - lo
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint64(1)<<uint(bits.Len(uint(n))) - 1
	middle := lo + n/4*2
	for d := -1; d <= 1; d++ {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		k := int(state & mask)
		if k >= n {
			k -= n
		}
		data.Swap(middle+d, lo+k)
	}
}

// samplePivot picks the pivot of data[lo:hi]: the median of the elements at 1/4, 1/2
// and 3/4 (from 8 elements on; each replaced by the median of itself and its
// neighbours from 50 on). ascending and descending say whether the samples were all
// in order or all reversed.
func samplePivot(data Interface, lo, hi int) (pivot int, ascending, descending bool) {
	n := hi - lo
	q := n / 4
	m := medianNetwork{data: data}
	pivot = lo + 2*q
	if n >= 8 {
		at := [3]int{lo + q, lo + 2*q, lo + 3*q}
		if n >= 50 {
			for k, c := range at {
				at[k] = m.median([3]int{c - 1, c, c + 1})
			}
		}
		pivot = m.median(at)
	}
	return pivot, m.swaps == 0, m.swaps == 12
}

// medianNetwork finds medians of three with a sorting network, counting the exchanges
// it makes.
type medianNetwork struct {
	data  Interface
	swaps int
}

func (m *medianNetwork) median(x [3]int) int {
	for _, p := range [3][2]int{{0, 1}, {1, 2}, {0, 1}} {
		if m.data.Less(x[p[1]], x[p[0]]) {
			x[p[0]], x[p[1]] = x[p[1]], x[p[0]]
			m.swaps++
		}
	}
	return x[1]
}

// stable sorts data[0:n] keeping equal elements in order: insertion sort on runs of
// 20, then passes that merge neighbouring runs in place (SymMerge, Kim and Kutzner
// 2004), doubling the run length each pass.
func stableSort(data Interface, n int) {
	const run = 20
	lo := 0
	for ; lo+run <= n; lo += run {
		insertionSort(data, lo, lo+run)
	}
	insertionSort(data, lo, n)
	for width := run; width < n; width *= 2 {
		lo = 0
		for ; lo+2*width <= n; lo += 2 * width {
			symMerge(data, lo, lo+width, lo+2*width)
		}
		if lo+width < n {
			symMerge(data, lo, lo+width, n)
		}
	}
}

// firstFalse is the smallest k in [lo, hi) with !pred(k), for pred true then false
// along the range (hi if pred holds everywhere).
func firstFalse(lo, hi int, pred func(k int) bool) int {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if pred(mid) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// symMerge merges the sorted neighbours data[lo:mid] and data[mid:hi] stably.
func symMerge(data Interface, lo, mid, hi int) {
	switch {
	case mid-lo == 1:
		// One element on the left: it goes before the first element not below it.
		to := firstFalse(mid, hi, func(k int) bool { return data.Less(k, lo) })
		for k := lo; k+1 < to; k++ {
			data.Swap(k, k+1)
		}
		return
	case hi-mid == 1:
		// One element on the right: it goes after the last element not above it.
		to := firstFalse(lo, mid, func(k int) bool { return !data.Less(mid, k) })
		for k := mid; k > to; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	// Split both runs symmetrically around the centre of the whole range, so that the
	// left pieces go before the centre and the right pieces after it.
	centre := int(uint(lo+hi) >> 1)
	sum := centre + mid
	first, last := lo, mid
	if mid > centre {
		first, last = sum-hi, centre
	}
	cut := firstFalse(first, last, func(c int) bool { return !data.Less(sum-1-c, c) })
	end := sum - cut
	if cut < mid && mid < end {
		rotateBlocks(data, cut, mid, end)
	}
	if lo < cut && cut < centre {
		symMerge(data, lo, cut, centre)
	}
	if centre < end && end < hi {
		symMerge(data, centre, end, hi)
	}
}

// rotateBlocks turns the blocks data[lo:mid], data[mid:hi] into data[mid:hi],
// data[lo:mid] by swapping equal-length pieces (Gries and Mills).
func rotateBlocks(data Interface, lo, mid, hi int) {
	left, right := mid-lo, hi-mid
	for left != right {
		if left > right {
			swapBlocks(data, mid-left, mid, right)
			left -= right
		} else {
			swapBlocks(data, mid-left, mid+right-left, left)
			right -= left
		}
	}
	swapBlocks(data, mid-left, mid, left)
}

// swapBlocks exchanges data[x:x+n] and data[y:y+n].
func swapBlocks(data Interface, x, y, n int) {
	for k := 0; k < n; k++ {
		data.Swap(x+k, y+k)
	}
}

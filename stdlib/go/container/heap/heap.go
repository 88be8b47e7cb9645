// Package heap runs a binary min-heap over any container that implements
// heap.Interface: element i's children are elements 2i+1 and 2i+2, and no child is less
// than its parent, so the minimum is element 0.
package heap

import "sort"

// Interface is what a container needs to be used as a heap. Push adds x as element
// Len(); Pop removes and returns element Len()-1.
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init establishes the heap order on h's elements; O(n).
func Init(h Interface) {
	// Sink every element that has a child, the last such first.
	n := h.Len()
	for i := n / 2; i > 0; {
		i--
		sink(h, i, n)
	}
}

// Push adds x to the heap; O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	rise(h, h.Len()-1)
}

// Pop removes and returns the minimum element (by Less); O(log n).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	sink(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i; O(log n).
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !sink(h, i, last) {
			rise(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap order after the element at index i changed its value; cheaper
// than Remove followed by Push.
func Fix(h Interface, i int) {
	if !sink(h, i, h.Len()) {
		rise(h, i)
	}
}

// rise moves element j up while it is less than its parent.
func rise(h Interface, j int) {
	for j > 0 {
		parent := (j - 1) / 2
		if !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// sink moves element i down among the first n elements while a child is less than it,
// and reports whether it moved.
func sink(h Interface, i, n int) bool {
	start := i
	for {
		left := 2*i + 1
		if left >= n || left < 0 {
			break
		}
		least := left
		if right := left + 1; right < n && h.Less(right, left) {
			least = right
		}
		if !h.Less(least, i) {
			break
		}
		h.Swap(i, least)
		i = least
	}
	return i > start
}

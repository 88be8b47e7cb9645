// Package ring is a circular list. A *Ring is one element of a ring; every element is a
// valid handle on the whole ring. The zero Ring is a ring of one element.
package ring

// Ring is an element of a circular list.
type Ring struct {
	next, prev *Ring
	// Value is the item stored in the element.
	Value any
}

// self makes a zero Ring a ring of one element.
func (r *Ring) self() *Ring {
	if r.next == nil {
		r.next, r.prev = r, r
	}
	return r
}

// New returns a ring of n elements with nil values (nil for n <= 0).
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := &Ring{}
	last := first
	for i := 1; i < n; i++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next = first
	first.prev = last
	return first
}

// Next returns the following element (r must not be nil).
func (r *Ring) Next() *Ring { return r.self().next }

// Prev returns the preceding element (r must not be nil).
func (r *Ring) Prev() *Ring { return r.self().prev }

// Move returns the element n steps forward (n > 0) or backward (n < 0); r must not be nil.
func (r *Ring) Move(n int) *Ring {
	p := r.self()
	for ; n > 0; n-- {
		p = p.next
	}
	for ; n < 0; n++ {
		p = p.prev
	}
	return p
}

// Link joins ring r with ring s so that s follows r, and returns r's former next element.
// When r and s are elements of the same ring, the elements between them are cut out and
// returned as a ring of their own. r must not be nil.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		sPrev := s.Prev()
		r.next = s
		s.prev = r
		after.prev = sPrev
		sPrev.next = after
	}
	return after
}

// Unlink removes n % r.Len() elements starting at r.Next() and returns them as a ring
// (nil when that count is 0). r must not be nil.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len counts the elements of the ring; 0 for a nil ring.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 0
	p := r.self()
	for {
		n++
		if p = p.next; p == r {
			return n
		}
	}
}

// Do calls f on each element's value, going forward from r. f must not change the ring.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.self().Value)
	for p := r.next; p != r; p = p.next {
		f(p.Value)
	}
}

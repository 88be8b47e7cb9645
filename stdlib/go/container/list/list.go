// Package list is a doubly linked list.
//
// A List keeps a hidden anchor element: the first element follows the anchor and the last
// precedes it, so insertions and removals never special-case the ends. The zero List is
// empty and usable; the anchor's links are set up on first use.
package list

// Element is one item of a List.
type Element struct {
	next, prev *Element
	// owner is the list holding the element; nil once removed.
	owner *List

	// Value is the item stored in the element.
	Value any
}

// Next returns the element after e, or nil at the back of the list.
func (e *Element) Next() *Element {
	if e.owner == nil || e.next == &e.owner.anchor {
		return nil
	}
	return e.next
}

// Prev returns the element before e, or nil at the front of the list.
func (e *Element) Prev() *Element {
	if e.owner == nil || e.prev == &e.owner.anchor {
		return nil
	}
	return e.prev
}

// List is a doubly linked list. The zero value is an empty list.
type List struct {
	anchor Element
	size   int
}

// New returns an empty list.
func New() *List {
	l := &List{}
	return l.Init()
}

// Init empties l (or sets up a zero List) and returns it.
func (l *List) Init() *List {
	l.anchor.next = &l.anchor
	l.anchor.prev = &l.anchor
	l.size = 0
	return l
}

// ready sets up the anchor of a zero List.
func (l *List) ready() {
	if l.anchor.next == nil {
		l.Init()
	}
}

// Len returns the number of elements; O(1).
func (l *List) Len() int { return l.size }

// Front returns the first element, or nil when l is empty.
func (l *List) Front() *Element {
	if l.size == 0 {
		return nil
	}
	return l.anchor.next
}

// Back returns the last element, or nil when l is empty.
func (l *List) Back() *Element {
	if l.size == 0 {
		return nil
	}
	return l.anchor.prev
}

// link puts e right after at and returns e.
func (l *List) link(e, at *Element) *Element {
	after := at.next
	e.prev, e.next = at, after
	at.next = e
	after.prev = e
	e.owner = l
	l.size++
	return e
}

// unlink takes e out of the list's chain.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next, e.prev, e.owner = nil, nil, nil
	l.size--
}

// relink moves e (already in l) to right after at.
func (l *List) relink(e, at *Element) {
	if e == at || at.next == e {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	after := at.next
	e.prev, e.next = at, after
	at.next = e
	after.prev = e
}

// Remove takes e out of l if e is an element of l, and returns e.Value.
func (l *List) Remove(e *Element) any {
	if e.owner == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront inserts v at the front and returns its element.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, &l.anchor)
}

// PushBack inserts v at the back and returns its element.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, l.anchor.prev)
}

// InsertBefore inserts v just before mark and returns its element. If mark is not an
// element of l, l is unchanged and the result is nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.owner != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

// InsertAfter inserts v just after mark and returns its element. If mark is not an
// element of l, l is unchanged and the result is nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.owner != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

// MoveToFront moves e to the front of l; nothing happens if e is not an element of l.
func (l *List) MoveToFront(e *Element) {
	if e.owner == l {
		l.relink(e, &l.anchor)
	}
}

// MoveToBack moves e to the back of l; nothing happens if e is not an element of l.
func (l *List) MoveToBack(e *Element) {
	if e.owner == l {
		l.relink(e, l.anchor.prev)
	}
}

// MoveBefore moves e just before mark. Nothing happens if either is not an element of l,
// or if e == mark.
func (l *List) MoveBefore(e, mark *Element) {
	if e.owner == l && mark.owner == l && e != mark {
		l.relink(e, mark.prev)
	}
}

// MoveAfter moves e just after mark. Nothing happens if either is not an element of l,
// or if e == mark.
func (l *List) MoveAfter(e, mark *Element) {
	if e.owner == l && mark.owner == l && e != mark {
		l.relink(e, mark)
	}
}

// PushBackList appends copies of other's values to l (other may be l itself).
func (l *List) PushBackList(other *List) {
	l.ready()
	n := other.Len()
	e := other.Front()
	for ; n > 0; n-- {
		l.link(&Element{Value: e.Value}, l.anchor.prev)
		e = e.Next()
	}
}

// PushFrontList prepends copies of other's values to l, keeping their order (other may
// be l itself).
func (l *List) PushFrontList(other *List) {
	l.ready()
	n := other.Len()
	e := other.Back()
	for ; n > 0; n-- {
		l.link(&Element{Value: e.Value}, &l.anchor)
		e = e.Prev()
	}
}

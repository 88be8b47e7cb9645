package reflect

// DeepEqual reports whether x and y are "deeply equal": values of identical type that
// are equal element by element (arrays, slices), field by field (structs), entry by
// entry (maps), by what they point to or hold (pointers, interfaces), or by == (other
// kinds); funcs only when both are nil.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	a, b := ValueOf(x), ValueOf(y)
	if a.typ != b.typ {
		return false
	}
	c := deepComparer{pairs: map[comparedPair]bool{}}
	return c.same(a, b)
}

// comparedPair identifies a comparison in progress between two references of one type:
// meeting it again (cyclic data) counts as equal.
type comparedPair struct {
	lo, hi uintptr
	typ    *rtype
}

type deepComparer struct {
	pairs map[comparedPair]bool
}

// revisit reports whether a and b (references of one kind) are already being compared,
// and marks them otherwise.
func (c *deepComparer) revisit(a, b Value) bool {
	x, y := ldWord(a.ptr), ldWord(b.ptr)
	if x == 0 || y == 0 {
		return false
	}
	if y < x {
		x, y = y, x
	}
	p := comparedPair{x, y, a.typ}
	if c.pairs[p] {
		return true
	}
	c.pairs[p] = true
	return false
}

func (c *deepComparer) same(a, b Value) bool {
	if a.IsValid() != b.IsValid() {
		return false
	}
	if !a.IsValid() {
		return true
	}
	if a.typ != b.typ {
		return false
	}
	switch k := a.Kind(); k {
	case Func:
		return a.IsNil() && b.IsNil()
	case Array:
		return c.sameElements(a, b)
	case Struct:
		n := a.NumField()
		for i := 0; i < n; i++ {
			if !c.same(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case Pointer, Interface, Slice, Map:
		if c.revisit(a, b) {
			return true
		}
		return c.sameRefs(k, a, b)
	}
	eq, _ := valueEqual(a.typ, a.ptr, b.ptr)
	return eq
}

// sameRefs compares pointers, interfaces, slices and maps.
func (c *deepComparer) sameRefs(k Kind, a, b Value) bool {
	if an, bn := a.IsNil(), b.IsNil(); an || bn {
		return an == bn
	}
	switch k {
	case Pointer, Interface:
		if k == Pointer && ldWord(a.ptr) == ldWord(b.ptr) {
			return true
		}
		return c.same(a.Elem(), b.Elem())
	case Slice:
		if a.Len() != b.Len() {
			return false
		}
		if ldWord(a.ptr) == ldWord(b.ptr) {
			return true
		}
		return c.sameElements(a, b)
	}
	// Maps: the same entries, each value deeply equal.
	if a.Len() != b.Len() {
		return false
	}
	if ldWord(a.ptr) == ldWord(b.ptr) {
		return true
	}
	entries := a.MapRange()
	for entries.Next() {
		other := b.MapIndex(entries.Key())
		if !other.IsValid() || !c.same(entries.Value(), other) {
			return false
		}
	}
	return true
}

func (c *deepComparer) sameElements(a, b Value) bool {
	n := a.Len()
	for i := 0; i < n; i++ {
		if !c.same(a.Index(i), b.Index(i)) {
			return false
		}
	}
	return true
}

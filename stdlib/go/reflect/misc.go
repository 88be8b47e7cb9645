package reflect

// SliceHeader is the runtime representation of a slice (deprecated in Go; minigo's
// slices have the same three words).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string (deprecated in Go).
type StringHeader struct {
	Data uintptr
	Len  int
}

// InterfaceData returns the two words of the interface value v (deprecated in Go).
func (v Value) InterfaceData() [2]uintptr {
	v.mustBe(Interface, "reflect.Value.InterfaceData")
	return [2]uintptr{ldWord(v.ptr), ldWord(addp(v.ptr, 8))}
}

// SelectDir is what a SelectCase does: send, receive, or default.
type SelectDir int

const (
	_ SelectDir = iota
	SelectSend
	SelectRecv
	SelectDefault
)

// SelectCase is one arm of Select: Chan and Send are used as its Dir requires.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// Select executes a select operation described by the list of cases: like the Go select
// statement, it blocks until at least one case can proceed, makes a uniform pseudo-random
// choice, and executes that case. It returns the index of the chosen case and, for a
// receive, the value received and whether it came from a send (not a close).
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic(opFault("Select", "too many cases (max 65536)"))
	}
	n := len(cases)
	chs := make([]uintptr, n)
	send := make([]bool, n)
	offs := make([]int, n)
	elems := make([]*rtype, n)
	words := 0
	hasDefault := false
	for i, c := range cases {
		if problem := c.problem(hasDefault); problem != "" {
			panic(opFault("Select", problem))
		}
		switch {
		case c.Dir == SelectDefault:
			hasDefault = true
			offs[i] = -1
		case !c.Chan.IsValid():
			offs[i] = -2 // a case on a nil channel never proceeds
		default:
			chs[i] = ldWord(c.Chan.ptr)
			elems[i] = rtElem(c.Chan.typ)
			if c.Dir == SelectSend {
				send[i] = true
				offs[i] = words
				words += rtWords(elems[i])
			}
		}
	}
	buf := newWords(words)
	for i, c := range cases {
		if send[i] {
			p := c.Send.assignTo("reflect.Select", elems[i])
			wordsOf(elems[i], p, buf, offs[i])
		}
	}
	chosen, p, ok := rselect(chs, send, buf, offs, elems, !hasDefault)
	if chosen < 0 {
		for i, c := range cases {
			if c.Dir == SelectDefault {
				return i, Value{}, false
			}
		}
	}
	if cases[chosen].Dir == SelectRecv {
		et := elems[chosen]
		return chosen, Value{typ: et, ptr: p, flag: flag(rtKind(et))}, ok
	}
	return chosen, Value{}, false
}

// problem describes what is wrong with the case for Select's panic, or is "" when it is
// well formed; seenDefault: an earlier case was the default.
func (c SelectCase) problem(seenDefault bool) string {
	switch c.Dir {
	case SelectDefault:
		switch {
		case seenDefault:
			return "multiple default cases"
		case c.Chan.IsValid():
			return "default case has Chan value"
		case c.Send.IsValid():
			return "default case has Send value"
		}
		return ""
	case SelectSend, SelectRecv:
	default:
		return "invalid Dir"
	}
	sending := c.Dir == SelectSend
	if !sending && c.Send.IsValid() {
		return "RecvDir case has Send value"
	}
	if !c.Chan.IsValid() {
		return ""
	}
	c.Chan.mustBe(Chan, "unknown method") // Go's own text for this case
	c.Chan.mustBeExported("reflect.Select")
	dir := c.Chan.typ.ChanDir()
	switch {
	case sending && dir&SendDir == 0:
		return "SendDir case using recv-only channel"
	case sending && !c.Send.IsValid():
		return "SendDir case missing Send value"
	case sending:
		c.Send.mustBeExported("reflect.Select")
	case dir&RecvDir == 0:
		return "RecvDir case using send-only channel"
	}
	return ""
}

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

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_ SelectDir = iota
	SelectSend
	SelectRecv
	SelectDefault
)

// A SelectCase describes a single case in a select operation.
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
		panic("reflect.Select: too many cases (max 65536)")
	}
	n := len(cases)
	chs := make([]uintptr, n)
	send := make([]bool, n)
	offs := make([]int, n)
	elems := make([]*rtype, n)
	words := 0
	hasDefault := false
	for i, c := range cases {
		switch c.Dir {
		case SelectDefault:
			if hasDefault {
				panic("reflect.Select: multiple default cases")
			}
			hasDefault = true
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
			chs[i] = 0
			offs[i] = -1
		case SelectSend:
			if !c.Chan.IsValid() {
				offs[i] = -2
				break
			}
			c.Chan.mustBe(Chan, "reflect.Select")
			c.Chan.mustBeExported("reflect.Select")
			if c.Chan.typ.ChanDir()&SendDir == 0 {
				panic("reflect.Select: SendDir case using recv-only channel")
			}
			if !c.Send.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			c.Send.mustBeExported("reflect.Select")
			chs[i] = ldWord(c.Chan.ptr)
			send[i] = true
			elems[i] = rtElem(c.Chan.typ)
			offs[i] = words
			words += rtWords(elems[i])
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			if !c.Chan.IsValid() {
				offs[i] = -2
				break
			}
			c.Chan.mustBe(Chan, "reflect.Select")
			c.Chan.mustBeExported("reflect.Select")
			if c.Chan.typ.ChanDir()&RecvDir == 0 {
				panic("reflect.Select: RecvDir case using send-only channel")
			}
			chs[i] = ldWord(c.Chan.ptr)
			elems[i] = rtElem(c.Chan.typ)
		default:
			panic("reflect.Select: invalid Dir")
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

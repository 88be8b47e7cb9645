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

// Select is not supported by minigo yet: a select over a run-time list of cases needs
// the VM's select to take its case table from memory rather than from the program.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	panic("reflect.Select is not supported by minigo yet")
}

// Package runtime contains operations that interact with Go's runtime system, such as
// functions to control goroutines.
//
// In minigo most of them are natives of the VM and its scheduler (natives.go,
// stdlib/NATIVES.md); this file holds what is plain Go.
package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler names the toolchain Go reports (minigo reports "gc").
const Compiler = "gc"

// LockOSThread would tie the goroutine to its thread; minigo's goroutines are not tied to
// threads, so it does nothing.
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread (no effect in minigo).
func UnlockOSThread() {}

// NumCgoCall returns the number of cgo calls made by the current process (always 0).
func NumCgoCall() int64 { return 0 }

// GOROOT returns the root of the Go tree (the GOROOT environment variable, as minigo
// has no installation tree of its own).
func GOROOT() string { return gorootEnv() }

// Error is the interface of run-time panics (index out of range, nil dereference, ...).
type Error interface {
	error

	// RuntimeError marks the error types of failed run time checks.
	RuntimeError()
}

// TypeAssertionError is the panic of a failed type assertion. The VM fills in the type
// names (as %T prints them): _interface is the operand's static interface type ("" when
// the target is an interface: the text then says "interface"), concrete its dynamic type
// ("" for a nil interface), asserted the target, and missingMethod the method the
// concrete type lacks when the target is an interface.
type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
}

// RuntimeError marks TypeAssertionError as a run time error.
func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod == "" {
		// Two distinct types can print the same (local types of different functions).
		scopes := ""
		if e.concrete == e.asserted {
			scopes = " (types from different scopes)"
		}
		return "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted + scopes
	}
	return "interface conversion: " + e.concrete + " is not " + e.asserted + ": missing method " + e.missingMethod
}

// boundsError is the run time error of a failed index, slice or slice-to-array
// conversion check; the VM fills it in. x is the offending value (an index, a slice
// bound, or the array length of a conversion), y the limit it broke (a length, a
// capacity, the other bound, or the slice length), code which check failed (see
// boundsText), signed whether x came from a signed integer.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

// RuntimeError marks boundsError as a run time error.
func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + e.text() }

// text is the message after "runtime error: ". A negative x is shown without the limit.
func (e boundsError) text() string {
	x, y := itoa(e.x), itoa(int64(e.y))
	if !e.signed && e.x < 0 {
		x = utoa(uint64(e.x))
	}
	neg := e.signed && e.x < 0
	const sl = "slice bounds out of range ["
	switch e.code {
	case 0:
		if neg {
			return "index out of range [" + x + "]"
		}
		return "index out of range [" + x + "] with length " + y
	case 1, 2:
		if neg {
			return sl + ":" + x + "]"
		}
		return sl + ":" + x + "] with " + lenOrCap(e.code == 1) + " " + y
	case 3:
		if neg {
			return sl + x + ":]"
		}
		return sl + x + ":" + y + "]"
	case 4, 5:
		if neg {
			return sl + "::" + x + "]"
		}
		return sl + "::" + x + "] with " + lenOrCap(e.code == 4) + " " + y
	case 6:
		if neg {
			return sl + ":" + x + ":]"
		}
		return sl + ":" + x + ":" + y + "]"
	case 7:
		if neg {
			return sl + x + "::]"
		}
		return sl + x + ":" + y + ":]"
	}
	return "cannot convert slice with length " + y + " to array or pointer to array with length " + x
}

func lenOrCap(isLen bool) string {
	if isLen {
		return "length"
	}
	return "capacity"
}

func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

func utoa(v uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// errorString is the run time error the VM panics with for most failed checks: its
// text follows "runtime error: " ("index out of range [5] with length 3", "integer
// divide by zero", "invalid memory address or nil pointer dereference", ...).
type errorString string

// RuntimeError marks errorString as a run time error.
func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a run time error whose text has no "runtime error: " prefix ("close
// of nil channel", "assignment to entry in nil map", "all goroutines are asleep").
type plainError string

// RuntimeError marks plainError as a run time error.
func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// Func describes a function of the program.
type Func struct {
	name  string
	file  string
	line  int
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program
// counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, file, line, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name, file, line, entry}
}

// Name returns the name of the function ("main.main", "main.(*T).M", "main.f.func1").
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry is the function's start address.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine is the source position of pc within f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, _ = funcInfo(pc)
	return file, line
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames may be used to get function/file/line information for a slice of PC values
// returned by Callers.
type Frames struct {
	pcs []uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information.
func CallersFrames(callers []uintptr) *Frames { return &Frames{pcs: callers} }

// Next returns a Frame representing the next call frame in the slice of PC values,
// and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.pcs) == 0 {
		return Frame{}, false
	}
	pc := ci.pcs[0]
	ci.pcs = ci.pcs[1:]
	if f := FuncForPC(pc); f != nil {
		frame = Frame{PC: pc, Func: f, Function: f.name, Entry: f.entry}
		frame.File, frame.Line = f.FileLine(pc)
	} else {
		frame = Frame{PC: pc}
	}
	return frame, len(ci.pcs) > 0
}

// MemStats holds memory allocator statistics. minigo fills in the fields its collector
// tracks (see ReadMemStats); the others stay zero.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the allocator's statistics. They count every allocation
// made so far: the calling processor's at once, the other processors' in batches of
// 64 KiB (so the figures are approximate while several goroutines allocate).
func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	alloc, totalAlloc, sys, mallocs, frees, nextGC, lastGC, pauseTotal, numGC, numForced, heapIdle, heapReleased := readMemStats()
	m.Alloc = alloc
	m.TotalAlloc = totalAlloc
	m.Sys = sys
	m.Mallocs = mallocs
	m.Frees = frees
	m.HeapAlloc = alloc
	m.HeapSys = sys
	m.HeapIdle = heapIdle
	m.HeapReleased = heapReleased
	m.HeapInuse = sys - heapIdle
	m.HeapObjects = mallocs - frees
	m.NextGC = nextGC
	m.LastGC = lastGC
	m.PauseTotalNs = pauseTotal
	m.NumGC = uint32(numGC)
	m.NumForcedGC = uint32(numForced)
	m.EnableGC = true
}

// PanicNilError is what recover returns after panic(nil).
type PanicNilError struct {
	// This field makes PanicNilError structurally different from any other struct in
	// this package.
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

// RuntimeError marks PanicNilError as a run time error.
func (*PanicNilError) RuntimeError() {}

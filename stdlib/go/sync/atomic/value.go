package atomic

import (
	"internal/reflectlite"
	"runtime"
)

// A Value provides an atomic load and store of a consistently typed value. The zero
// value for a Value returns nil from Load. Once Store has been called, a Value must not
// be copied.
//
// An interface value is two words, more than one atomic operation covers, so a Value
// guards its contents with a tiny spin lock (held only for a copy).
type Value struct {
	lock uint32
	v    any
	typ  string // dynamic type of v, for the consistency checks
}

func (v *Value) acquire() {
	for !CompareAndSwapUint32(&v.lock, 0, 1) {
		runtime.Gosched()
	}
}

func (v *Value) release() { StoreUint32(&v.lock, 0) }

// Load returns the value set by the most recent Store. It returns nil if there has
// been no call to Store for this Value.
func (v *Value) Load() (val any) {
	v.acquire()
	val = v.v
	v.release()
	return val
}

// Store sets the value of the Value v to val. All calls to Store for a given Value
// must use values of the same concrete type. Store of an inconsistent type panics, as
// does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	typ := reflectlite.TypeString(val)
	v.acquire()
	if v.v != nil && v.typ != typ {
		v.release()
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v, v.typ = val, typ
	v.release()
}

// Swap stores new into Value and returns the previous value. It returns nil if the
// Value is empty. All calls to Swap for a given Value must use values of the same
// concrete type. Swap of an inconsistent type panics, as does Swap(nil).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	typ := reflectlite.TypeString(new)
	v.acquire()
	if v.v != nil && v.typ != typ {
		v.release()
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v, v.typ = new, typ
	v.release()
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value. All calls to
// CompareAndSwap for a given Value must use values of the same concrete type.
// CompareAndSwap of an inconsistent type panics, as does CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	typ := reflectlite.TypeString(new)
	if old != nil && reflectlite.TypeString(old) != typ {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	v.acquire()
	if v.v == nil {
		if old != nil {
			v.release()
			return false
		}
		v.v, v.typ = new, typ
		v.release()
		return true
	}
	if v.typ != typ {
		v.release()
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		v.release()
		return false
	}
	v.v = new
	v.release()
	return true
}

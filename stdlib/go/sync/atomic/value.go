package atomic

import (
	"internal/reflectlite"
	"runtime"
)

// Value holds an interface value that goroutines load and store atomically; every value
// stored must have the same dynamic type. The zero Value holds nil; a Value must not be
// copied once used.
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

// Load returns the value last stored, or nil before the first Store.
func (v *Value) Load() (val any) {
	v.acquire()
	val = v.v
	v.release()
	return val
}

// Store sets the value; it panics for nil or for a value of another type than before.
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

// Swap sets the value and returns the previous one (nil if none); it panics for nil or for
// a value of another type than before.
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

// CompareAndSwap sets new if the value held equals old, reporting whether it did; it
// panics for a nil new or for values of another type than before.
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

package atomic

import "runtime"

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T.
//
// minigo has no unsafe pointers for a native to operate on, so the pointer is guarded
// by a spin lock (a word updated with CompareAndSwapUint32); each operation is atomic
// with respect to the others.
type Pointer[T any] struct {
	_    [0]*T
	lock uint32
	v    *T
}

func (x *Pointer[T]) acquire() {
	for !CompareAndSwapUint32(&x.lock, 0, 1) {
		runtime.Gosched()
	}
}

func (x *Pointer[T]) release() { StoreUint32(&x.lock, 0) }

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T {
	x.acquire()
	v := x.v
	x.release()
	return v
}

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) {
	x.acquire()
	x.v = val
	x.release()
}

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	x.acquire()
	old, x.v = x.v, new
	x.release()
	return old
}

// CompareAndSwap stores new into x if x holds old, and reports whether it did.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	x.acquire()
	if x.v == old {
		x.v = new
		swapped = true
	}
	x.release()
	return swapped
}

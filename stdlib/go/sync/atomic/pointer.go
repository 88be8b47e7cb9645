package atomic

import "runtime"

// Pointer holds a *T that goroutines read and replace atomically; it starts nil.
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

// Load returns the pointer held.
func (x *Pointer[T]) Load() *T {
	x.acquire()
	v := x.v
	x.release()
	return v
}

// Store replaces the pointer held with val.
func (x *Pointer[T]) Store(val *T) {
	x.acquire()
	x.v = val
	x.release()
}

// Swap replaces the pointer held with new and returns the one it held.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	x.acquire()
	old, x.v = x.v, new
	x.release()
	return old
}

// CompareAndSwap replaces old with new if x still holds old, reporting whether it did.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	x.acquire()
	if x.v == old {
		x.v = new
		swapped = true
	}
	x.release()
	return swapped
}

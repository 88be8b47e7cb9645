package sync

import "sync/atomic"

// Once is an object that will perform exactly one action. A Once must not be copied
// after first use.
type Once struct {
	done atomic.Uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for
// this instance of Once. If f panics, Do considers it to have returned; future calls
// of Do return without calling f. No call to Do returns until the one call to f
// returns.
func (o *Once) Do(f func()) {
	if o.done.Load() == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() == 0 {
		defer o.done.Store(1)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. The returned function may be
// called concurrently. If f panics, the returned function will panic with the same
// value on every call.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				// Re-panic immediately so on the first call the user gets a complete
				// stack trace into f.
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

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
		o.runFirst(f)
	}
}

// runFirst is Do's locked path: the first caller runs f, later ones wait for it to
// finish (done is set even if f panics).
func (o *Once) runFirst(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() != 0 {
		return
	}
	defer o.done.Store(1)
	f()
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

// OnceValue returns a function that calls f on its first call and returns f's result on
// every call. If f panics, every call panics with the same value.
func OnceValue[T any](f func() T) func() T {
	var (
		once     Once
		finished bool
		failure  any
		result   T
	)
	run := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		result = f()
		f = nil
		finished = true
	}
	return func() T {
		once.Do(run)
		if !finished {
			panic(failure)
		}
		return result
	}
}

// OnceValues is OnceValue for a function with two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once     Once
		finished bool
		failure  any
		r1       T1
		r2       T2
	)
	run := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		r1, r2 = f()
		f = nil
		finished = true
	}
	return func() (T1, T2) {
		once.Do(run)
		if !finished {
			panic(failure)
		}
		return r1, r2
	}
}

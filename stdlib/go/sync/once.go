package sync

import "sync/atomic"

// Once runs a function once; it must not be copied once used.
type Once struct {
	done atomic.Uint32
	m    Mutex
}

// Do calls f if no call of Do on o has before; calls that come while f runs wait for it. A
// panicking f counts as done.
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

// OnceFunc returns a function that calls f the first time it is called (concurrent calls
// wait) and does nothing later; if f panicked, every call panics with the same value.
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
				// The first caller's panic keeps f's frames in its trace.
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

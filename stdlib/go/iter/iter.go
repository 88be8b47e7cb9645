// Package iter: iterator function types and pull-style iteration (minigo's own
// implementation of Go's API).
package iter

// Seq is an iterator over single values: it calls yield with each value in turn and
// stops early when yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// A pull iterator runs the push iterator on a goroutine of its own; each next call hands
// control over on a channel and waits for the next value (or the end).

type pullMsg[V any] struct {
	v    V
	ok   bool
	perr any // a panic of the iterator, re-raised by the caller of next or stop
	pan  bool
}

type puller[V any] struct {
	started, done bool
	resume        chan bool // true: produce the next value; false: stop
	out           chan pullMsg[V]
}

func (p *puller[V]) run(push func(yield func(V) bool)) {
	var last pullMsg[V]
	defer func() {
		if r := recover(); r != nil {
			last = pullMsg[V]{perr: r, pan: true}
		} else {
			last = pullMsg[V]{}
		}
		p.out <- last
	}()
	if !<-p.resume {
		return
	}
	push(func(v V) bool {
		p.out <- pullMsg[V]{v: v, ok: true}
		return <-p.resume
	})
}

func (p *puller[V]) next() (V, bool) {
	var zero V
	if p.done {
		return zero, false
	}
	p.resume <- true
	m := <-p.out
	if !m.ok {
		p.done = true
		if m.pan {
			panic(m.perr)
		}
	}
	return m.v, m.ok
}

func (p *puller[V]) stop() {
	if p.done {
		return
	}
	p.done = true
	p.resume <- false
	m := <-p.out
	for m.ok {
		// The iterator ignored yield's false and produced another value.
		p.resume <- false
		m = <-p.out
	}
	if m.pan {
		panic(m.perr)
	}
}

func newPuller[V any](push func(yield func(V) bool)) *puller[V] {
	p := &puller[V]{resume: make(chan bool), out: make(chan pullMsg[V])}
	go p.run(push)
	return p
}

// Pull converts the push iterator seq into a pull iterator: next returns the next value
// and true, or the zero value and false at the end; stop ends the iteration (seq's yield
// then returns false). Both may be called any number of times; a panic of seq is raised
// by the next or stop call that resumed it.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	p := newPuller[V](seq)
	return p.next, p.stop
}

type pair[K, V any] struct {
	k K
	v V
}

// Pull2 converts the push iterator seq over pairs into a pull iterator (see Pull).
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	p := newPuller[pair[K, V]](func(yield func(pair[K, V]) bool) {
		seq(func(k K, v V) bool { return yield(pair[K, V]{k, v}) })
	})
	next = func() (K, V, bool) {
		kv, ok := p.next()
		return kv.k, kv.v, ok
	}
	return next, p.stop
}

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
	done    bool
	running bool      // the iterator holds control: a next call now is a misuse
	api     string    // "Pull" or "Pull2", for the misuse panic
	resume  chan bool // true: produce the next value; false: stop
	out     chan pullMsg[V]
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
		if p.done {
			// A yield kept past the end of the iteration (or called after stop).
			return false
		}
		p.out <- pullMsg[V]{v: v, ok: true}
		return <-p.resume
	})
}

// transfer resumes the iterator (go on when more is true) and waits until it yields,
// returns or panics.
func (p *puller[V]) transfer(more bool) pullMsg[V] {
	p.running = true
	p.resume <- more
	m := <-p.out
	p.running = false
	return m
}

func (p *puller[V]) next() (V, bool) {
	var zero V
	if p.running {
		panic("iter." + p.api + ": next called again before yield")
	}
	if p.done {
		return zero, false
	}
	m := p.transfer(true)
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
	m := p.transfer(false)
	for m.ok {
		// The iterator ignored yield's false and produced another value.
		m = p.transfer(false)
	}
	if m.pan {
		panic(m.perr)
	}
}

func newPuller[V any](api string, push func(yield func(V) bool)) *puller[V] {
	p := &puller[V]{api: api, resume: make(chan bool), out: make(chan pullMsg[V])}
	go p.run(push)
	return p
}

// Pull converts the push iterator seq into a pull iterator: next returns the next value
// and true, or the zero value and false at the end; stop ends the iteration (seq's yield
// then returns false). Both may be called any number of times; a panic of seq is raised
// by the next or stop call that resumed it. Calling next from inside seq (before it
// yields) panics.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	p := newPuller[V]("Pull", seq)
	return p.next, p.stop
}

type pair[K, V any] struct {
	k K
	v V
}

// Pull2 converts the push iterator seq over pairs into a pull iterator (see Pull).
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	p := newPuller[pair[K, V]]("Pull2", func(yield func(pair[K, V]) bool) {
		seq(func(k K, v V) bool { return yield(pair[K, V]{k, v}) })
	})
	next = func() (K, V, bool) {
		kv, ok := p.next()
		return kv.k, kv.v, ok
	}
	return next, p.stop
}

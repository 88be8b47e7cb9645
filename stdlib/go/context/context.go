// Package context carries cancellation, deadlines and request-scoped values through a
// tree of Contexts.
//
// minigo's design: every cancelable context (WithCancel, WithDeadline, an AfterFunc
// registration) is a node (cancelCtx) with an eagerly made done channel, a set of
// child nodes and a detach function that undoes its registration with its parent.
// Cancelling a node closes its channel, cancels its children, stops its timer and
// starts its AfterFunc callback. A parent that is not one of our nodes is followed
// through its AfterFunc method when it has one, otherwise by a watcher goroutine.
package context

import (
	"errors"
	"internal/reflectlite"
	"sync"
	"time"
)

// Context is the interface every context implements; its methods may be called from
// several goroutines at once.
type Context interface {
	// Deadline reports when the context will be cancelled by time; ok is false when
	// there is no deadline.
	Deadline() (time.Time, bool)
	// Done is closed when the context is cancelled; nil for one that never is.
	Done() <-chan struct{}
	// Err is nil until Done is closed, then Canceled or DeadlineExceeded.
	Err() error
	// Value is the value stored for key along the chain of parents, or nil.
	Value(key any) any
}

var (
	// Canceled is Err's result for a context cancelled by a cancel function.
	Canceled = errors.New("context canceled")

	// DeadlineExceeded is Err's result for a context whose deadline passed.
	DeadlineExceeded error = deadlineExceededError{}
)

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// A CancelFunc cancels its context; calls after the first do nothing.
type CancelFunc func()

// A CancelCauseFunc cancels its context and records cause (Canceled when nil) for Cause.
type CancelCauseFunc func(cause error)

// The two roots. Their type names show in %T, so they stay distinct types.

type backgroundCtx struct{}
type todoCtx struct{}

func (backgroundCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (backgroundCtx) Done() <-chan struct{}       { return nil }
func (backgroundCtx) Err() error                  { return nil }
func (backgroundCtx) Value(any) any               { return nil }
func (backgroundCtx) String() string              { return "context.Background" }

func (todoCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (todoCtx) Done() <-chan struct{}       { return nil }
func (todoCtx) Err() error                  { return nil }
func (todoCtx) Value(any) any               { return nil }
func (todoCtx) String() string              { return "context.TODO" }

// Background is the root context: never cancelled, no deadline, no values.
func Background() Context { return backgroundCtx{} }

// TODO is a root like Background, for code that has no context to pass yet.
func TODO() Context { return todoCtx{} }

func mustParent(parent Context) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
}

// nodeKey is the private Value key under which a node answers with itself, so that a
// node can be found behind contexts that wrap it.
var nodeKey byte

// cancelCtx is a cancelable node.
type cancelCtx struct {
	parent Context
	done   chan struct{}

	mu       sync.Mutex
	err      error
	cause    error
	children map[*cancelCtx]struct{}
	detach   func()      // undoes the registration with parent; nil if none
	timer    *time.Timer // the deadline's timer (timerCtx)
	// after is AfterFunc's callback; afterClaimed is set once it has been started or
	// stopped.
	after        func()
	afterClaimed bool
}

func newNode(parent Context) *cancelCtx {
	n := &cancelCtx{done: make(chan struct{})}
	n.link(parent)
	return n
}

func (c *cancelCtx) Deadline() (time.Time, bool) { return c.parent.Deadline() }
func (c *cancelCtx) Done() <-chan struct{}       { return c.done }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *cancelCtx) Value(key any) any {
	if key == &nodeKey {
		return c
	}
	return lookup(c.parent, key)
}

func (c *cancelCtx) String() string { return nameOf(c.parent) + ".WithCancel" }

// findNode is the node whose cancellation closes parent's Done channel, if parent is
// one of ours or wraps one without replacing its channel.
func findNode(parent Context, done <-chan struct{}) *cancelCtx {
	n, ok := parent.Value(&nodeKey).(*cancelCtx)
	if !ok || (<-chan struct{})(n.done) != done {
		return nil
	}
	return n
}

type afterFuncer interface {
	AfterFunc(func()) func() bool
}

// link makes c follow parent's cancellation.
func (c *cancelCtx) link(parent Context) {
	c.parent = parent
	pdone := parent.Done()
	if pdone == nil {
		return
	}
	select {
	case <-pdone:
		c.cancel(false, parent.Err(), Cause(parent))
		return
	default:
	}
	if p := findNode(parent, pdone); p != nil {
		c.detach = func() {
			p.mu.Lock()
			delete(p.children, c)
			p.mu.Unlock()
		}
		p.mu.Lock()
		if p.err == nil {
			if p.children == nil {
				p.children = map[*cancelCtx]struct{}{}
			}
			p.children[c] = struct{}{}
			p.mu.Unlock()
			return
		}
		err, cause := p.err, p.cause
		p.mu.Unlock()
		c.cancel(false, err, cause)
		return
	}
	follow := func() { c.cancel(false, parent.Err(), Cause(parent)) }
	switch p := parent.(type) {
	case afterFuncer:
		// The parent can call us back.
		c.mu.Lock()
		stop := p.AfterFunc(follow)
		c.detach = func() { stop() }
		c.mu.Unlock()
	default:
		// Otherwise a goroutine waits for whichever is cancelled first.
		go func() {
			select {
			case <-pdone:
				follow()
			case <-c.done:
			}
		}()
	}
}

// cancel cancels c and its children once; unlink also removes c from its parent.
func (c *cancelCtx) cancel(unlink bool, err, cause error) {
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err, c.cause = err, cause
	close(c.done)
	children := c.children
	c.children = nil
	timer := c.timer
	c.timer = nil
	detach := c.detach
	run := c.after != nil && !c.afterClaimed
	c.afterClaimed = true
	c.mu.Unlock()

	for child := range children {
		child.cancel(false, err, cause) // they stay registered: the whole subtree goes
	}
	if timer != nil {
		timer.Stop()
	}
	if unlink && detach != nil {
		detach()
	}
	if run {
		go c.after()
	}
}

// WithCancel derives a context that is cancelled by the returned function or with its
// parent.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	mustParent(parent)
	n := newNode(parent)
	return n, func() { n.cancel(true, Canceled, nil) }
}

// WithCancelCause is WithCancel whose cancel function also records a cause.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	mustParent(parent)
	n := newNode(parent)
	return n, func(cause error) { n.cancel(true, Canceled, cause) }
}

// Cause is the recorded reason c was cancelled: the cause given to the first
// cancellation of c or an ancestor, else c.Err(); nil while c is not cancelled.
func Cause(c Context) error {
	n, ok := c.Value(&nodeKey).(*cancelCtx)
	if !ok {
		return c.Err()
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.cause
}

// AfterFunc runs f in a new goroutine once ctx is cancelled (at once if it already
// is). stop cancels the arrangement and reports whether that kept f from starting.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	n := &cancelCtx{done: make(chan struct{}), after: f}
	n.link(ctx)
	return func() bool {
		n.mu.Lock()
		stopped := !n.afterClaimed
		n.afterClaimed = true
		n.mu.Unlock()
		if stopped {
			n.cancel(true, Canceled, nil)
		}
		return stopped
	}
}

// timerCtx is a node with a deadline.
type timerCtx struct {
	cancelCtx
	deadline time.Time
}

func (t *timerCtx) Deadline() (time.Time, bool) { return t.deadline, true }

func (t *timerCtx) String() string {
	left := time.Until(t.deadline)
	return nameOf(t.parent) + ".WithDeadline(" + t.deadline.String() + " [" + left.String() + "])"
}

// WithDeadline derives a context that is also cancelled when d passes.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil) // no cause: Cause reports DeadlineExceeded
}

// WithDeadlineCause is WithDeadline recording cause when the deadline is what cancels.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	mustParent(parent)
	if pd, ok := parent.Deadline(); ok && pd.Before(d) {
		// The parent's earlier deadline governs.
		return WithCancel(parent)
	}
	t := &timerCtx{deadline: d}
	t.done = make(chan struct{})
	t.link(parent)
	expire := func() { t.cancel(true, DeadlineExceeded, cause) }
	if wait := time.Until(d); wait > 0 {
		t.mu.Lock()
		if t.err == nil {
			t.timer = time.AfterFunc(wait, expire)
		}
		t.mu.Unlock()
	} else {
		expire()
	}
	return t, func() { t.cancel(true, Canceled, nil) }
}

// WithTimeout is WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithTimeoutCause(parent, timeout, nil)
}

// WithTimeoutCause is WithDeadlineCause(parent, time.Now().Add(timeout), cause).
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	deadline := time.Now().Add(timeout)
	return WithDeadlineCause(parent, deadline, cause)
}

// WithoutCancel derives a context that keeps parent's values but none of its
// cancellation or deadline.
func WithoutCancel(parent Context) Context {
	mustParent(parent)
	return withoutCancelCtx{c: parent}
}

// withoutCancelCtx (its name shows in %T) keeps only the values of c.
type withoutCancelCtx struct{ c Context }

func (withoutCancelCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (withoutCancelCtx) Done() <-chan struct{}       { return nil }
func (withoutCancelCtx) Err() error                  { return nil }
func (w withoutCancelCtx) Value(key any) any         { return lookup(w, key) }
func (w withoutCancelCtx) String() string            { return nameOf(w.c) + ".WithoutCancel" }

// WithValue derives a context whose Value(key) is val. key must be non-nil and
// comparable.
func WithValue(parent Context, key, val any) Context {
	mustParent(parent)
	if key == nil {
		panic("nil key")
	}
	if !comparableValue(key) {
		panic("key is not comparable")
	}
	return &valueCtx{Context: parent, key: key, val: val}
}

type valueCtx struct {
	Context
	key, val any
}

func (v *valueCtx) Value(key any) any { return lookup(v, key) }

func (v *valueCtx) String() string {
	return nameOf(v.Context) + ".WithValue(" + describe(v.key) + ", " + describe(v.val) + ")"
}

// lookup answers Value(key) for c, walking our own context types in a loop and
// asking any other type directly.
func lookup(c Context, key any) any {
	for {
		switch x := c.(type) {
		case *valueCtx:
			if x.key == key {
				return x.val
			}
			c = x.Context
		case *cancelCtx:
			if key == &nodeKey {
				return x
			}
			c = x.parent
		case *timerCtx:
			if key == &nodeKey {
				return &x.cancelCtx
			}
			c = x.parent
		case withoutCancelCtx:
			if key == &nodeKey {
				return nil // the parent's cancellation stops here
			}
			c = x.c
		case backgroundCtx, todoCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}

// comparableValue reports whether == can be applied to v without a panic.
func comparableValue(v any) bool {
	switch reflectlite.KindOf(v) {
	case reflectlite.KindSlice, reflectlite.KindMap, reflectlite.KindFunc:
		return false
	case reflectlite.KindStruct:
		for i, n := 0, reflectlite.NumField(v); i < n; i++ {
			if f := reflectlite.Field(v, i); f != nil && !comparableValue(f) {
				return false
			}
		}
	case reflectlite.KindArray:
		for i, n := 0, reflectlite.Len(v); i < n; i++ {
			if e := reflectlite.Index(v, i); e != nil && !comparableValue(e) {
				return false
			}
		}
	}
	return true
}

type stringer interface{ String() string }

// contextName is how a parent shows in String: its own String, else its type.
func nameOf(c Context) string {
	switch named := c.(type) {
	case stringer:
		return named.String()
	}
	return reflectlite.TypeString(c)
}

// describe shows a key or value in valueCtx.String (context cannot use fmt).
func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case string:
		return x
	case stringer:
		return x.String()
	}
	return reflectlite.TypeString(v)
}

// Package signal implements access to incoming signals.
//
// In minigo a notified signal's handler (in the runtime, natives/signal.rs) only
// writes the signal number to a self-pipe; a delivery goroutine of this package waits
// on that pipe through the network poller and hands each signal to the channels that
// asked for it, without blocking: a channel without room misses the signal, as in Go.
// Signals nobody asked for keep their default action (SIGINT ends the program).
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
)

// Natives (stdlib/NATIVES.md): signal dispositions and the self-pipe.

// enableSignal catches sig and reports it on the pipe.
func enableSignal(sig int)

// ignoreSignal sets sig's disposition to SIG_IGN.
func ignoreSignal(sig int)

// restoreSignal gives sig back the disposition the program started with.
func restoreSignal(sig int)

// signalIgnored says whether sig's disposition is SIG_IGN.
func signalIgnored(sig int) bool

// signalPipe returns the read end of the self-pipe (non-blocking).
func signalPipe() int

// pollOpen, pollWait and sysRead are package net's natives: register a descriptor
// with the poller, park until it is readable, read without blocking.
func pollOpen(fd int) (pd uintptr, errno int)

func pollWait(pd uintptr, mode int) (code int)

func sysRead(fd int, b []byte) (n int, errno int)

// numSig bounds the signal numbers (1 to 64 on Linux).
const numSig = 65

// wants is the set of signals one channel asked for.
type wants [numSig]bool

var (
	mu       sync.Mutex
	channels = map[chan<- os.Signal]*wants{}
	// users counts, per signal, the channels that want it: the handler is installed
	// while it is positive.
	users       [numSig]int
	deliveryRun sync.Once
)

// signum is the number of a syscall.Signal, -1 for other os.Signal types or numbers
// out of range.
func signum(sig os.Signal) int {
	s, ok := sig.(syscall.Signal)
	if !ok || s <= 0 || int(s) >= numSig {
		return -1
	}
	return int(s)
}

// catchable says whether "all signals" includes n: not the ones that cannot be caught,
// not the synchronous faults the runtime reports itself, not the two the C library
// keeps for its threads.
func catchable(n int) bool {
	switch syscall.Signal(n) {
	case syscall.SIGKILL, syscall.SIGSTOP, syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGFPE, syscall.SIGILL, syscall.SIGTRAP:
		return false
	}
	return n != 32 && n != 33
}

// numbers lists the signals named by sigs, or every catchable one when sigs is empty.
func numbers(sigs []os.Signal) []int {
	var out []int
	if len(sigs) == 0 {
		for n := 1; n < numSig; n++ {
			if catchable(n) {
				out = append(out, n)
			}
		}
		return out
	}
	for _, s := range sigs {
		if n := signum(s); n > 0 {
			out = append(out, n)
		}
	}
	return out
}

// Notify causes package signal to relay incoming signals to c. If no signals are
// provided, all incoming signals will be relayed to c. Otherwise, just the provided
// signals will.
//
// Package signal will not block sending to c: the caller must ensure that c has
// sufficient buffer space to keep up with the expected signal rate. It is allowed to
// call Notify multiple times with the same channel: each call expands the set of
// signals sent to that channel.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	deliveryRun.Do(func() { go deliver() })
	mu.Lock()
	defer mu.Unlock()
	w := channels[c]
	if w == nil {
		w = new(wants)
		channels[c] = w
	}
	for _, n := range numbers(sig) {
		if w[n] {
			continue
		}
		w[n] = true
		if users[n] == 0 {
			enableSignal(n)
		}
		users[n]++
	}
}

// Stop causes package signal to stop relaying incoming signals to c. It undoes the
// effect of all prior calls to Notify using c. When Stop returns, it is guaranteed
// that c will receive no more signals.
func Stop(c chan<- os.Signal) {
	mu.Lock()
	defer mu.Unlock()
	w := channels[c]
	if w == nil {
		return
	}
	delete(channels, c)
	for n, wanted := range w {
		if wanted {
			users[n]--
			if users[n] == 0 {
				restoreSignal(n)
			}
		}
	}
}

// forget stops the delivery of the signals named by sigs (all if none) to every
// channel, then sets each one's disposition with apply.
func forget(sigs []os.Signal, apply func(int)) {
	mu.Lock()
	defer mu.Unlock()
	for _, n := range numbers(sigs) {
		for _, w := range channels {
			w[n] = false
		}
		users[n] = 0
		apply(n)
	}
}

// Ignore causes the provided signals to be ignored. If they are received by the
// program, nothing will happen. Ignore undoes the effect of any prior calls to Notify
// for the provided signals. If no signals are provided, all incoming signals will be
// ignored.
func Ignore(sig ...os.Signal) { forget(sig, ignoreSignal) }

// Reset undoes the effect of any prior calls to Notify for the provided signals. If no
// signals are provided, all signal handlers will be reset.
func Reset(sig ...os.Signal) { forget(sig, restoreSignal) }

// Ignored reports whether sig is currently ignored.
func Ignored(sig os.Signal) bool {
	n := signum(sig)
	return n > 0 && signalIgnored(n)
}

// deliver is the delivery goroutine: it reads signal numbers from the self-pipe and
// relays each to the channels that want it.
func deliver() {
	fd := signalPipe()
	if fd < 0 {
		return
	}
	pd, errno := pollOpen(fd)
	if errno != 0 {
		return
	}
	const readable = 1
	buf := make([]byte, 64)
	for {
		n, errno := sysRead(fd, buf)
		if errno == int(syscall.EAGAIN) {
			pollWait(pd, readable)
			continue
		}
		if errno != 0 || n == 0 {
			return
		}
		mu.Lock()
		for _, b := range buf[:n] {
			sig := syscall.Signal(b)
			for c, w := range channels {
				if w[b] {
					select {
					case c <- sig:
					default:
					}
				}
			}
		}
		mu.Unlock()
	}
}

// NotifyContext returns a copy of the parent context that is marked done (its Done
// channel is closed) when one of the listed signals arrives, when the returned stop
// function is called, or when the parent context's Done channel is closed, whichever
// happens first. The stop function unregisters the signal behavior.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	inner, cancel := context.WithCancel(parent)
	sc := &signalCtx{Context: inner, cancel: cancel, signals: signals, parent: parent}
	sc.ch = make(chan os.Signal, 1)
	Notify(sc.ch, signals...)
	if inner.Err() == nil {
		go func() {
			select {
			case <-sc.ch:
				sc.cancel()
			case <-sc.Done():
			}
		}()
	}
	return sc, sc.stop
}

type signalCtx struct {
	context.Context
	cancel  context.CancelFunc
	signals []os.Signal
	parent  context.Context
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

// String describes the context as signal.NotifyContext(parent, [signals]).
func (c *signalCtx) String() string {
	name := "context"
	if s, ok := c.parent.(interface{ String() string }); ok {
		name = s.String()
	}
	text := "signal.NotifyContext(" + name
	if len(c.signals) > 0 {
		text += ", ["
		for i, s := range c.signals {
			if i > 0 {
				text += " "
			}
			text += s.String()
		}
		text += "]"
	}
	return text + ")"
}

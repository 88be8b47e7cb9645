// Package signal lets a program receive the signals sent to it on channels.
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

// errNilChannel is the panic of Notify(nil), as Go words it.
const errNilChannel = "os/signal: Notify using nil channel"

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

// sigNumber is the number of a syscall.Signal, -1 for other os.Signal types or numbers
// out of range.
func sigNumber(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok && s > 0 && int(s) < numSig {
		return int(s)
	}
	return -1
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
		if n := sigNumber(s); n > 0 {
			out = append(out, n)
		}
	}
	return out
}

// Notify adds the signals sig (every catchable one if none is given) to those sent to
// c; calling it again with the same c adds more. Sending never blocks: a signal that
// finds c full is dropped for c, so give c room.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic(errNilChannel)
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

// Stop ends every delivery to c; after it returns, no signal is sent to c.
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

// Ignore makes the process disregard the signals (all if none is given), ending
// their delivery to any channel.
func Ignore(sig ...os.Signal) { forget(sig, ignoreSignal) }

// Reset ends the delivery of the signals (all if none is given) and gives them back
// the behaviour the program started with.
func Reset(sig ...os.Signal) { forget(sig, restoreSignal) }

// Ignored says whether sig's disposition is "ignore" right now.
func Ignored(sig os.Signal) bool {
	n := sigNumber(sig)
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

// NotifyContext derives a context from parent that ends when one of the signals
// arrives (or the parent ends, or stop is called). stop ends the signal delivery and
// should be called once the context is no longer needed.
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

package net

import (
	"io"
	"os"
	"sync"
	"time"
)

// Pipe makes two connected in-memory Conns. Nothing is buffered: a Write on one end
// returns once Reads on the other have taken all of its bytes.
func Pipe() (Conn, Conn) {
	aToB := make(chan []byte)
	bToA := make(chan []byte)
	aAck := make(chan int)
	bAck := make(chan int)
	aDone := make(chan struct{})
	bDone := make(chan struct{})
	a := &pipe{in: bToA, inAck: bAck, out: aToB, outAck: aAck, done: aDone, peerDone: bDone}
	b := &pipe{in: aToB, inAck: aAck, out: bToA, outAck: bAck, done: bDone, peerDone: aDone}
	a.rd.init()
	a.wd.init()
	b.rd.init()
	b.wd.init()
	return a, b
}

// pipe is one end. A Write hands its bytes to the peer's Read over out and learns from
// outAck how many the reader took, until all are taken.
type pipe struct {
	wmu    sync.Mutex // one Write at a time, so writes are not interleaved
	in     <-chan []byte
	inAck  chan<- int
	out    chan<- []byte
	outAck <-chan int

	closeOnce sync.Once
	done      chan struct{} // closed by Close
	peerDone  <-chan struct{}

	rd, wd pipeDeadline
}

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "pipe" }

func closed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func (p *pipe) LocalAddr() Addr  { return pipeAddr{} }
func (p *pipe) RemoteAddr() Addr { return pipeAddr{} }

func (p *pipe) Read(b []byte) (int, error) {
	n, err := p.read(b)
	return n, pipeOpErr("read", err)
}

func (p *pipe) Write(b []byte) (int, error) {
	n, err := p.write(b)
	return n, pipeOpErr("write", err)
}

// pipeOpErr makes err the *OpError of a pipe operation, except io.EOF and
// io.ErrClosedPipe, which a pipe returns as they are.
func pipeOpErr(op string, err error) error {
	switch err {
	case nil, io.EOF, io.ErrClosedPipe:
		return err
	}
	return opError(op, "pipe", nil, nil, err)
}

// readBlocker is why a read cannot go on now: this end closed, the peer closed (EOF),
// the read deadline passed; nil if it can.
func (p *pipe) readBlocker() error {
	switch {
	case closed(p.done):
		return io.ErrClosedPipe
	case closed(p.peerDone):
		return io.EOF
	case closed(p.rd.expired()):
		return os.ErrDeadlineExceeded
	}
	return nil
}

// writeBlocker is readBlocker for writes: either end closed, or the write deadline.
func (p *pipe) writeBlocker() error {
	switch {
	case closed(p.done) || closed(p.peerDone):
		return io.ErrClosedPipe
	case closed(p.wd.expired()):
		return os.ErrDeadlineExceeded
	}
	return nil
}

// read takes one write's bytes (as many as fit in b). A wake-up by a deadline that was
// moved meanwhile waits again.
func (p *pipe) read(b []byte) (int, error) {
	for {
		if why := p.readBlocker(); why != nil {
			return 0, why
		}
		select {
		case data := <-p.in:
			n := copy(b, data)
			p.inAck <- n
			return n, nil
		case <-p.done:
		case <-p.peerDone:
		case <-p.rd.expired():
		}
	}
}

// write hands b to the peer's reads until all of it is taken.
func (p *pipe) write(b []byte) (int, error) {
	if why := p.writeBlocker(); why != nil {
		return 0, why
	}
	p.wmu.Lock()
	defer p.wmu.Unlock()
	// Pieces go until all of b is taken; an empty write still meets one read.
	total := 0
	for {
		select {
		case p.out <- b:
			n := <-p.outAck
			b = b[n:]
			total += n
			if len(b) == 0 {
				return total, nil
			}
			continue
		case <-p.done:
		case <-p.peerDone:
		case <-p.wd.expired():
		}
		if why := p.writeBlocker(); why != nil {
			return total, why
		}
	}
}

func (p *pipe) SetDeadline(t time.Time) error {
	if closed(p.done) || closed(p.peerDone) {
		return io.ErrClosedPipe
	}
	p.rd.arm(t)
	p.wd.arm(t)
	return nil
}

func (p *pipe) SetReadDeadline(t time.Time) error {
	if closed(p.done) || closed(p.peerDone) {
		return io.ErrClosedPipe
	}
	p.rd.arm(t)
	return nil
}

func (p *pipe) SetWriteDeadline(t time.Time) error {
	if closed(p.done) || closed(p.peerDone) {
		return io.ErrClosedPipe
	}
	p.wd.arm(t)
	return nil
}

func (p *pipe) Close() error {
	p.closeOnce.Do(func() { close(p.done) })
	return nil
}

// pipeDeadline is a channel closed when the deadline passes. Setting a new deadline
// keeps the channel if it is still open (waiters see the new deadline) and makes a
// fresh one if it was closed; each timer knows the generation it belongs to, so a
// replaced timer that fires late does nothing.
type pipeDeadline struct {
	mu     sync.Mutex
	gen    int
	timer  *time.Timer
	expiry chan struct{}
}

func (d *pipeDeadline) init() {
	d.expiry = make(chan struct{})
}

// arm makes the deadline at (the zero time: none), replacing the previous one.
func (d *pipeDeadline) arm(at time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.gen++
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
	if closed(d.expiry) {
		d.expiry = make(chan struct{})
	}
	switch wait := time.Until(at); {
	case at.IsZero():
	case wait <= 0:
		close(d.expiry)
	default:
		d.timer = time.AfterFunc(wait, d.expireFunc(d.gen))
	}
}

// expireFunc is the timer callback of generation gen: it closes the channel unless a
// newer deadline replaced the one it was made for.
func (d *pipeDeadline) expireFunc(gen int) func() {
	return func() {
		d.mu.Lock()
		defer d.mu.Unlock()
		if gen == d.gen && !closed(d.expiry) {
			close(d.expiry)
		}
	}
}

func (d *pipeDeadline) expired() <-chan struct{} {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.expiry
}

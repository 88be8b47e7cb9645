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
	if err != nil && err != io.EOF && err != io.ErrClosedPipe {
		err = &OpError{Op: "read", Net: "pipe", Err: err}
	}
	return n, err
}

func (p *pipe) read(b []byte) (int, error) {
	switch {
	case closed(p.done):
		return 0, io.ErrClosedPipe
	case closed(p.peerDone):
		return 0, io.EOF
	case closed(p.rd.expired()):
		return 0, os.ErrDeadlineExceeded
	}
	select {
	case data := <-p.in:
		n := copy(b, data)
		p.inAck <- n
		return n, nil
	case <-p.done:
		return 0, io.ErrClosedPipe
	case <-p.peerDone:
		return 0, io.EOF
	case <-p.rd.expired():
		return 0, os.ErrDeadlineExceeded
	}
}

func (p *pipe) Write(b []byte) (int, error) {
	n, err := p.write(b)
	if err != nil && err != io.ErrClosedPipe {
		err = &OpError{Op: "write", Net: "pipe", Err: err}
	}
	return n, err
}

func (p *pipe) write(b []byte) (int, error) {
	switch {
	case closed(p.done), closed(p.peerDone):
		return 0, io.ErrClosedPipe
	case closed(p.wd.expired()):
		return 0, os.ErrDeadlineExceeded
	}
	p.wmu.Lock()
	defer p.wmu.Unlock()
	total := 0
	// An empty write still meets one read.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.out <- b:
			n := <-p.outAck
			b = b[n:]
			total += n
		case <-p.done:
			return total, io.ErrClosedPipe
		case <-p.peerDone:
			return total, io.ErrClosedPipe
		case <-p.wd.expired():
			return total, os.ErrDeadlineExceeded
		}
	}
	return total, nil
}

func (p *pipe) SetDeadline(t time.Time) error {
	if closed(p.done) || closed(p.peerDone) {
		return io.ErrClosedPipe
	}
	p.rd.set(t)
	p.wd.set(t)
	return nil
}

func (p *pipe) SetReadDeadline(t time.Time) error {
	if closed(p.done) || closed(p.peerDone) {
		return io.ErrClosedPipe
	}
	p.rd.set(t)
	return nil
}

func (p *pipe) SetWriteDeadline(t time.Time) error {
	if closed(p.done) || closed(p.peerDone) {
		return io.ErrClosedPipe
	}
	p.wd.set(t)
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

func (d *pipeDeadline) set(t time.Time) {
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
	if t.IsZero() {
		return
	}
	dur := time.Until(t)
	if dur <= 0 {
		close(d.expiry)
		return
	}
	gen := d.gen
	d.timer = time.AfterFunc(dur, func() {
		d.mu.Lock()
		if d.gen == gen && !closed(d.expiry) {
			close(d.expiry)
		}
		d.mu.Unlock()
	})
}

func (d *pipeDeadline) expired() <-chan struct{} {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.expiry
}

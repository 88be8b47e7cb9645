package io

import (
	"errors"
	"sync"
)

var (
	// ErrClosedPipe is the error of a Read or Write on a pipe end that was closed.
	ErrClosedPipe = errors.New("io: read/write on closed pipe")
)

// Pipe makes a synchronous in-memory pipe without buffering: each Write blocks until
// Reads have taken all its bytes (several Reads may share one Write).
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		offer:  make(chan []byte),
		taken:  make(chan int),
		closed: make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}

// pipe is the state both ends share. A Write offers its unread bytes on offer; the
// Read that receives them answers on taken how many it copied.
type pipe struct {
	writing sync.Mutex // Writes take turns
	offer   chan []byte
	taken   chan int

	closed    chan struct{} // closed when either end closes
	closeOnce sync.Once

	mu sync.Mutex
	// The error each end was closed with (the first Close of that end wins).
	readEndErr, writeEndErr error
}

func (p *pipe) isClosed() bool {
	select {
	case <-p.closed:
		return true
	default:
		return false
	}
}

func (p *pipe) read(b []byte) (int, error) {
	if p.isClosed() {
		return 0, p.errFor(true)
	}
	select {
	case data := <-p.offer:
		n := copy(b, data)
		p.taken <- n
		return n, nil
	case <-p.closed:
		return 0, p.errFor(true)
	}
}

// send offers b to readers until they have taken all of it.
func (p *pipe) send(b []byte) (n int, err error) {
	if p.isClosed() {
		return 0, p.errFor(false)
	}
	p.writing.Lock()
	defer p.writing.Unlock()
	// Offer at least once, so that an empty Write still meets a Read.
	for offered := false; !offered || len(b) > 0; offered = true {
		select {
		case p.offer <- b:
			k := <-p.taken
			n += k
			b = b[k:]
		case <-p.closed:
			return n, p.errFor(false)
		}
	}
	return n, nil
}

// shut records err as the closing error of one end and closes the pipe.
func (p *pipe) shut(readEnd bool, err error) error {
	p.mu.Lock()
	if readEnd && p.readEndErr == nil {
		p.readEndErr = err
	}
	if !readEnd && p.writeEndErr == nil {
		p.writeEndErr = err
	}
	p.mu.Unlock()
	p.closeOnce.Do(func() { close(p.closed) })
	return nil
}

// errFor is the error a reader (or a writer) gets once the pipe is closed: the other
// end's close error when only the other end was closed, else ErrClosedPipe.
func (p *pipe) errFor(reader bool) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	mine, theirs := p.readEndErr, p.writeEndErr
	if !reader {
		mine, theirs = theirs, mine
	}
	if mine == nil && theirs != nil {
		return theirs
	}
	return ErrClosedPipe
}

// A PipeReader is the read end of a pipe.
type PipeReader struct{ p *pipe }

// Read waits for a Write (or the write end's Close, whose error it returns: EOF after
// Close).
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close makes later Writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError makes later Writes fail with err (ErrClosedPipe if nil). Only the
// first error given is kept; the result is always nil.
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	return r.p.shut(true, err)
}

// A PipeWriter is the write end of a pipe.
type PipeWriter struct{ p *pipe }

// Write blocks until Reads took all of data or the read end closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.send(data) }

// Close makes later Reads return EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError makes later Reads return err (EOF if nil). Only the first error
// given is kept; the result is always nil.
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	return w.p.shut(false, err)
}

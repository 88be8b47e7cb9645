package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is the error used for read or write operations on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// pipe is the state shared by a PipeReader and its PipeWriter. A Write hands its
// buffer to a Read over wrCh and learns over rdCh how much was consumed; done is closed
// when either end is closed.
type pipe struct {
	wrMu sync.Mutex // one Write at a time
	wrCh chan []byte
	rdCh chan int

	once sync.Once
	done chan struct{}

	mu   sync.Mutex // guards rerr and werr
	rerr error      // the reader's close error (first one wins)
	werr error      // the writer's close error (first one wins)
}

func (p *pipe) read(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		nr := copy(b, bw)
		p.rdCh <- nr
		return nr, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
	}
	p.wrMu.Lock()
	defer p.wrMu.Unlock()
	// Hand the data over until a reader took all of it (at least once, so that an
	// empty Write also meets a Read).
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.mu.Lock()
	if p.rerr == nil {
		p.rerr = err
	}
	p.mu.Unlock()
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.mu.Lock()
	if p.werr == nil {
		p.werr = err
	}
	p.mu.Unlock()
	p.once.Do(func() { close(p.done) })
	return nil
}

// readCloseError is the error a Read gets after the pipe closed: the writer's close
// error if the writer closed it, else ErrClosedPipe.
func (p *pipe) readCloseError() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rerr == nil && p.werr != nil {
		return p.werr
	}
	return ErrClosedPipe
}

// writeCloseError is the error a Write gets after the pipe closed: the reader's close
// error if the reader closed it, else ErrClosedPipe.
func (p *pipe) writeCloseError() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.werr == nil && p.rerr != nil {
		return p.rerr
	}
	return ErrClosedPipe
}

// A PipeReader is the read half of a pipe.
type PipeReader struct{ pipe }

// Read implements the standard Read interface: it reads data from the pipe, blocking
// until a writer arrives or the write end is closed. If the write end is closed with an
// error, that error is returned as err; otherwise err is EOF.
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.pipe.read(data) }

// Close closes the reader; subsequent writes to the write half of the pipe will return
// the error ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the reader; subsequent writes to the write half of the pipe
// will return the error err. CloseWithError never overwrites the previous error if it
// exists and always returns nil.
func (r *PipeReader) CloseWithError(err error) error { return r.pipe.closeRead(err) }

// A PipeWriter is the write half of a pipe.
type PipeWriter struct{ r PipeReader }

// Write implements the standard Write interface: it writes data to the pipe, blocking
// until one or more readers have consumed all the data or the read end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.r.pipe.write(data) }

// Close closes the writer; subsequent reads from the read half of the pipe will return
// no bytes and EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the writer; subsequent reads from the read half of the pipe
// will return no bytes and the error err, or EOF if err is nil. CloseWithError never
// overwrites the previous error if it exists and always returns nil.
func (w *PipeWriter) CloseWithError(err error) error { return w.r.pipe.closeWrite(err) }

// Pipe creates a synchronous in-memory pipe. It can be used to connect code expecting
// an io.Reader with code expecting an io.Writer. Reads and Writes on the pipe are
// matched one to one except when multiple Reads are needed to consume a single Write.
// There is no internal buffering.
func Pipe() (*PipeReader, *PipeWriter) {
	pw := &PipeWriter{r: PipeReader{pipe: pipe{
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		done: make(chan struct{}),
	}}}
	return &pw.r, pw
}

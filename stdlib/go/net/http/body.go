package http

import (
	"bufio"
	"errors"
	"io"
	"net/textproto"
	"sync"
)

var (
	// ErrBodyReadAfterClose is returned when reading a Request or Response Body after
	// the body has been closed: typically a handler that reads the request body after
	// it called WriteHeader or Write on its ResponseWriter.
	ErrBodyReadAfterClose = errors.New("http: invalid Read on closed Body")

	errLongTrailer = errors.New("http: suspiciously long trailer after chunked body")
)

// NoBody is an io.ReadCloser with no bytes. Read always returns EOF and Close always
// returns nil. It can be used in an outgoing client request to explicitly signal that
// a request has zero bytes.
var NoBody = noBody{}

type noBody struct{}

func (noBody) Read([]byte) (int, error)         { return 0, io.EOF }
func (noBody) Close() error                     { return nil }
func (noBody) WriteTo(io.Writer) (int64, error) { return 0, nil }

// body is the Body of a message read from a connection. src does the framing (a
// length-limited reader, a chunkedReader, or the connection itself for bodies that
// end when it closes).
type body struct {
	src     io.Reader
	br      *bufio.Reader // the connection's reader, for a chunked body's trailer
	trailer *Header       // where the trailer goes (chunked bodies only)
	chunked bool
	// A Content-Length body that ends early is an error, not EOF.
	lengthed  bool
	remaining int64

	mu     sync.Mutex
	sawEOF bool
	err    error // sticky error once the body is done or broken
	closed bool

	// onEOF runs once, without the lock, when the whole body has been read (the
	// client uses it to return the connection to the pool). onClose runs when
	// Close is called before EOF.
	onEOF   func()
	onClose func()
	// limitedDrain makes Close read at most this many remaining bytes (server side).
}

func (b *body) Read(p []byte) (int, error) {
	b.mu.Lock()
	n, err := 0, ErrBodyReadAfterClose
	if !b.closed {
		n, err = b.readLocked(p)
	}
	var f func()
	if err == io.EOF && b.onEOF != nil {
		f, b.onEOF = b.onEOF, nil
	}
	b.mu.Unlock()
	if f != nil {
		f()
	}
	return n, err
}

func (b *body) readLocked(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if b.lengthed {
		if b.remaining <= 0 {
			b.err = io.EOF
			return 0, io.EOF
		}
		if int64(len(p)) > b.remaining {
			p = p[:b.remaining]
		}
	}
	n, err := b.src.Read(p)
	if b.lengthed {
		b.remaining -= int64(n)
		if err == io.EOF && b.remaining > 0 {
			err = io.ErrUnexpectedEOF
		}
		if err == nil && b.remaining == 0 {
			err = io.EOF
		}
	}
	if err == io.EOF && b.chunked {
		if terr := b.consumeTrailer(); terr != nil {
			err = terr
		}
	}
	if err != nil {
		b.err = err
		if err == io.EOF {
			b.sawEOF = true
		}
	}
	// Report EOF together with the last bytes so that callers need no extra Read.
	return n, err
}

// consumeTrailer reads the trailer after the last chunk into *b.trailer.
func (b *body) consumeTrailer() error {
	// Fast path: no trailer, just the final CRLF.
	if peek, err := b.br.Peek(2); err == nil && peek[0] == '\r' && peek[1] == '\n' {
		b.br.Discard(2)
		return nil
	}
	if peek, err := b.br.Peek(1); err == nil && peek[0] == '\n' {
		b.br.Discard(1)
		return nil
	}
	h, err := textproto.NewReader(b.br).ReadMIMEHeader()
	if err != nil {
		if err == io.EOF {
			return errLongTrailer
		}
		return err
	}
	if b.trailer != nil {
		if *b.trailer == nil {
			*b.trailer = make(Header)
		}
		for k, vv := range h {
			(*b.trailer)[k] = vv
		}
	}
	return nil
}

func (b *body) Close() error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil
	}
	b.closed = true
	done := b.sawEOF
	f := b.onClose
	b.onClose = nil
	if done {
		f = nil
	}
	b.mu.Unlock()
	if f != nil {
		f()
	}
	return nil
}

// drain reads the rest of the body, up to limit bytes, and reports whether it
// reached its end cleanly (so the connection can carry another message).
func (b *body) drain(limit int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.sawEOF {
		return true
	}
	if b.err != nil {
		return false
	}
	if b.lengthed && b.remaining > limit {
		return false
	}
	var buf [4096]byte
	for read := int64(0); read <= limit; {
		n, err := b.readLocked(buf[:])
		read += int64(n)
		if err == io.EOF {
			return true
		}
		if err != nil {
			return false
		}
	}
	return false
}

// fullyRead reports whether the body has been read to its end.
func (b *body) fullyRead() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sawEOF
}

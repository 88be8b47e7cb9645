// Package bufio implements buffered I/O. It wraps an io.Reader or io.Writer object,
// creating another object (Reader or Writer) that also implements the interface but
// provides buffering and some help for textual I/O.
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

const defaultBufSize = 4096

// Errors of Reader and Writer.
var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var (
	errNegativeRead  = errors.New("bufio: reader returned negative count from Read")
	errNegativeWrite = errors.New("bufio: writer returned negative count from Write")
)

// The panics of a misused Reader (Go's texts).
const (
	fullBufferMsg = "bufio: tried to fill full buffer"
	rewindMsg     = "bufio: tried to rewind past start of buffer"
)

// emptyReadLimit is how many reads returning nothing (and no error) in a row a Reader
// accepts before reporting io.ErrNoProgress.
const emptyReadLimit = 100

const minReadBufferSize = 16

// Reader implements buffering for an io.Reader object. The unread data is
// buf[head:tail]; err is the underlying reader's error, reported once the buffered
// data has been consumed.
type Reader struct {
	buf        []byte
	src        io.Reader
	head, tail int
	err        error
	// What the Unread methods may undo: the last byte read (-1: none) and the size of
	// the last rune read by ReadRune (-1: the last operation was not ReadRune).
	lastByte     int
	lastRuneSize int
}

// NewReaderSize returns a new Reader whose buffer has at least the specified size. If
// the argument io.Reader is already a Reader with large enough size, it returns the
// underlying Reader.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	return &Reader{buf: make([]byte, size), src: rd, lastByte: -1, lastRuneSize: -1}
}

// NewReader returns a new Reader whose buffer has the default size.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size is the buffer's capacity.
func (b *Reader) Size() int { return len(b.buf) }

// Reset discards any buffered data, resets all state, and switches the buffered reader
// to read from r. Calling Reset on the zero value of Reader initializes the internal
// buffer to the default size.
func (b *Reader) Reset(r io.Reader) {
	if b == r {
		return
	}
	buf := b.buf
	if buf == nil {
		buf = make([]byte, defaultBufSize)
	}
	*b = Reader{buf: buf, src: r, lastByte: -1, lastRuneSize: -1}
}

// forget invalidates UnreadByte and UnreadRune.
func (b *Reader) forget() {
	b.lastByte = -1
	b.lastRuneSize = -1
}

// load moves the unread data to the front of the buffer and reads more after it: it
// stops at the first read that returns data or an error.
func (b *Reader) load() {
	if b.head > 0 {
		copy(b.buf, b.buf[b.head:b.tail])
		b.tail -= b.head
		b.head = 0
	}
	if b.tail == len(b.buf) {
		panic(fullBufferMsg)
	}
	for tries := 0; tries < emptyReadLimit; tries++ {
		n, err := b.src.Read(b.buf[b.tail:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.tail += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// takeErr returns the pending error and clears it.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// Buffered is how many bytes can be read without calling the underlying reader.
func (b *Reader) Buffered() int { return b.tail - b.head }

// Peek returns the next n bytes without advancing the reader. The bytes stop being
// valid at the next read call. If Peek returns fewer than n bytes, it also returns an
// error explaining why the read is short. The error is ErrBufferFull if n is larger
// than b's buffer size.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forget()
	for b.Buffered() < n && b.Buffered() < len(b.buf) && b.err == nil {
		b.load()
	}
	if n > len(b.buf) {
		return b.buf[b.head:b.tail], ErrBufferFull
	}
	if have := b.Buffered(); have < n {
		err := b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.buf[b.head:b.tail], err
	}
	return b.buf[b.head : b.head+n], nil
}

// Discard skips the next n bytes, returning the number of bytes discarded. If Discard
// skips fewer than n bytes, it also returns an error.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forget()
	for discarded < n {
		if b.Buffered() == 0 {
			b.load()
		}
		k := min(b.Buffered(), n-discarded)
		b.head += k
		discarded += k
		if discarded < n && b.err != nil {
			return discarded, b.takeErr()
		}
	}
	return n, nil
}

// Read reads data into p. It returns the number of bytes read into p. The bytes are
// taken from at most one Read on the underlying Reader, hence n may be less than
// len(p). At EOF, the count will be zero and err will be io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.head == b.tail {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			// A read at least as large as the buffer bypasses it.
			n, b.err = b.src.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.takeErr()
		}
		// Exactly one underlying read, into the empty buffer.
		b.head, b.tail = 0, 0
		n, b.err = b.src.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.tail = n
	}
	n = copy(p, b.buf[b.head:b.tail])
	b.head += n
	b.lastByte = int(b.buf[b.head-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte reads and returns a single byte. If no byte is available, returns an
// error.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.head == b.tail {
		if b.err != nil {
			return 0, b.takeErr()
		}
		b.load()
	}
	c := b.buf[b.head]
	b.head++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte steps back over the last byte read; only one byte, and only right after a
// read.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.head == 0 && b.tail > 0 {
		return ErrInvalidUnreadByte
	}
	if b.head > 0 {
		b.head--
	} else {
		b.tail = 1 // empty buffer: the byte becomes its only content
	}
	b.buf[b.head] = byte(b.lastByte)
	b.forget()
	return nil
}

// ReadRune reads a single UTF-8 encoded Unicode character and returns the rune and its
// size in bytes. If the encoded rune is invalid, it consumes one byte and returns
// unicode.ReplacementChar (U+FFFD) with a size of 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	// Make sure a whole encoding is buffered, if the input has one.
	for b.head+utf8.UTFMax > b.tail && !utf8.FullRune(b.buf[b.head:b.tail]) && b.err == nil && b.Buffered() < len(b.buf) {
		b.load()
	}
	b.lastRuneSize = -1
	if b.head == b.tail {
		return 0, 0, b.takeErr()
	}
	r, size = rune(b.buf[b.head]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.head:b.tail])
	}
	b.head += size
	b.lastByte = int(b.buf[b.head-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune unreads the last rune. If the most recent method called on the Reader was
// not a ReadRune, UnreadRune returns an error.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.head < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.head -= b.lastRuneSize
	b.forget()
	return nil
}

// ReadSlice reads until the first occurrence of delim in the input, returning a slice
// pointing at the bytes in the buffer. The bytes stop being valid at the next read. If
// ReadSlice encounters an error before finding a delimiter, it returns all the data in
// the buffer and the error itself (often io.EOF). ReadSlice fails with error
// ErrBufferFull if the buffer fills without a delim.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // bytes of the buffered data already known not to hold delim
	for {
		if i := indexByte(b.buf[b.head+searched:b.tail], delim); i >= 0 {
			end := b.head + searched + i + 1
			line = b.buf[b.head:end]
			b.head = end
			break
		}
		if b.err != nil {
			line = b.buf[b.head:b.tail]
			b.head = b.tail
			err = b.takeErr()
			break
		}
		if b.head == 0 && b.tail == len(b.buf) { // full, no delimiter
			line = b.buf
			b.head = b.tail
			err = ErrBufferFull
			break
		}
		searched = b.Buffered()
		b.load()
	}
	if len(line) > 0 {
		b.lastByte = int(line[len(line)-1])
		b.lastRuneSize = -1
	}
	return line, err
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// ReadLine returns one line without its end of line (\n or \r\n). A line longer than
// the buffer comes in pieces with isPrefix set on all but the last. The line is a view
// of the buffer, valid until the next read. ReadString or a Scanner is usually simpler.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// A '\r' at the end of a full buffer may belong to a "\r\n" split across two
		// calls: keep it buffered for the next one.
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.head == 0 {
				panic(rewindMsg)
			}
			b.head--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if n := len(line); line[n-1] == '\n' {
		n--
		if n > 0 && line[n-1] == '\r' {
			n--
		}
		line = line[:n]
	}
	return line, false, nil
}

// readUntil reads through the first delim, gathering the data into one new slice
// (ReadSlice's buffer-full pieces are copied as they come).
func (b *Reader) readUntil(delim byte) ([]byte, error) {
	var out []byte
	for {
		frag, err := b.ReadSlice(delim)
		if err == ErrBufferFull {
			out = append(out, frag...)
			continue
		}
		if out == nil {
			return append(make([]byte, 0, len(frag)), frag...), err
		}
		return append(out, frag...), err
	}
}

// ReadBytes reads until the first occurrence of delim in the input, returning a slice
// containing the data up to and including the delimiter. If ReadBytes encounters an
// error before finding a delimiter, it returns the data read before the error and the
// error itself (often io.EOF).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) { return b.readUntil(delim) }

// ReadString reads until the first occurrence of delim in the input, returning a
// string containing the data up to and including the delimiter. If ReadString
// encounters an error before finding a delimiter, it returns the data read before the
// error and the error itself (often io.EOF).
func (b *Reader) ReadString(delim byte) (string, error) {
	line, err := b.readUntil(delim)
	return string(line), err
}

// WriteTo implements io.WriterTo. This may make multiple calls to the Read method of
// the underlying Reader.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forget()
	if n, err = b.flushTo(w); err != nil {
		return n, err
	}
	if wt, ok := b.src.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if b.Buffered() < len(b.buf) {
		b.load()
	}
	for b.head < b.tail {
		m, err := b.flushTo(w)
		n += m
		if err != nil {
			return n, err
		}
		b.load()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.takeErr()
}

// flushTo writes the buffered data to w.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.head:b.tail])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.head += n
	return int64(n), err
}

// Writer implements buffering for an io.Writer object. If an error occurs writing to a
// Writer, no more data will be accepted and all subsequent writes, and Flush, will
// return the error. After all data has been written, the client should call the Flush
// method to guarantee all data has been forwarded to the underlying io.Writer.
type Writer struct {
	err error
	buf []byte
	n   int // buffered bytes: buf[:n]
	dst io.Writer
}

// NewWriterSize returns a new Writer whose buffer has at least the specified size. If
// the argument io.Writer is already a Writer with large enough size, it returns the
// underlying Writer.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), dst: w}
}

// NewWriter returns a new Writer whose buffer has the default size.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size is the buffer's capacity.
func (b *Writer) Size() int { return len(b.buf) }

// Reset discards any unflushed buffered data, clears any error, and resets b to write
// its output to w.
func (b *Writer) Reset(w io.Writer) {
	if b == w {
		return
	}
	if len(b.buf) == 0 {
		b.buf = make([]byte, defaultBufSize) // the zero Writer gets the default size
	}
	b.err, b.n, b.dst = nil, 0, w
}

// Flush writes any buffered data to the underlying io.Writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.dst.Write(b.buf[:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		// Keep what was not written, and the error for good.
		if n > 0 && n < b.n {
			copy(b.buf, b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available is the free room in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns an empty buffer with b.Available() capacity. This buffer is
// intended to be appended to and passed to an immediately succeeding Write call.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered returns the number of bytes that have been written into the current
// buffer.
func (b *Writer) Buffered() int { return b.n }

// Write writes the contents of p into the buffer. It returns the number of bytes
// written. If nn < len(p), it also returns an error explaining why the write is short.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for b.err == nil && len(p) > len(b.buf)-b.n {
		var n int
		if b.n == 0 {
			// Nothing buffered and more than fits: write p through.
			n, b.err = b.dst.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteByte buffers one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.n == len(b.buf) {
		if b.Flush(); b.err != nil {
			return b.err
		}
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes a single Unicode code point, returning the number of bytes written
// and any error.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if r >= 0 && r < utf8.RuneSelf { // one byte
		if werr := b.WriteByte(byte(r)); werr != nil {
			return 0, werr
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			return b.WriteString(string(r)) // a tiny buffer
		}
	}
	size = len(utf8.AppendRune(b.buf[b.n:b.n], r))
	b.n += size
	return size, nil
}

// WriteString writes a string. It returns the number of bytes written. If the count is
// less than len(s), it also returns an error explaining why the write is short.
func (b *Writer) WriteString(s string) (int, error) {
	sw, isStringWriter := b.dst.(io.StringWriter)
	nn := 0
	for b.err == nil && len(s) > len(b.buf)-b.n {
		var n int
		if b.n == 0 && isStringWriter {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// ReadFrom implements io.ReaderFrom. If the underlying writer supports the ReadFrom
// method, this calls the underlying ReadFrom. If there is buffered data and an
// underlying ReadFrom, this fills the buffer and writes it before calling ReadFrom.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, canReadFrom := b.dst.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if err := b.Flush(); err != nil {
				return n, err
			}
		}
		if canReadFrom && b.n == 0 {
			m, err := rf.ReadFrom(r)
			b.err = err
			return n + m, err
		}
		m, empty := 0, 0
		for empty < emptyReadLimit {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
			empty++
		}
		if empty == emptyReadLimit {
			return n, io.ErrNoProgress
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// A full buffer is flushed right away (the next write would do it anyway).
		if b.Available() == 0 {
			return n, b.Flush()
		}
		err = nil
	}
	return n, err
}

// ReadWriter stores pointers to a Reader and a Writer. It implements io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter allocates a new ReadWriter that dispatches to r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }

// The methods of ReadWriter forward to its Reader or Writer (Go promotes them from the
// embedded fields; minigo's API stubs need them spelled out).

func (rw ReadWriter) Read(p []byte) (int, error)            { return rw.Reader.Read(p) }
func (rw ReadWriter) ReadByte() (byte, error)               { return rw.Reader.ReadByte() }
func (rw ReadWriter) UnreadByte() error                     { return rw.Reader.UnreadByte() }
func (rw ReadWriter) ReadRune() (rune, int, error)          { return rw.Reader.ReadRune() }
func (rw ReadWriter) UnreadRune() error                     { return rw.Reader.UnreadRune() }
func (rw ReadWriter) ReadSlice(delim byte) ([]byte, error)  { return rw.Reader.ReadSlice(delim) }
func (rw ReadWriter) ReadBytes(delim byte) ([]byte, error)  { return rw.Reader.ReadBytes(delim) }
func (rw ReadWriter) ReadString(delim byte) (string, error) { return rw.Reader.ReadString(delim) }
func (rw ReadWriter) ReadLine() ([]byte, bool, error)       { return rw.Reader.ReadLine() }
func (rw ReadWriter) Peek(n int) ([]byte, error)            { return rw.Reader.Peek(n) }
func (rw ReadWriter) Discard(n int) (int, error)            { return rw.Reader.Discard(n) }
func (rw ReadWriter) WriteTo(w io.Writer) (int64, error)    { return rw.Reader.WriteTo(w) }
func (rw ReadWriter) Write(p []byte) (int, error)           { return rw.Writer.Write(p) }
func (rw ReadWriter) WriteByte(c byte) error                { return rw.Writer.WriteByte(c) }
func (rw ReadWriter) WriteRune(r rune) (int, error)         { return rw.Writer.WriteRune(r) }
func (rw ReadWriter) WriteString(s string) (int, error)     { return rw.Writer.WriteString(s) }
func (rw ReadWriter) Flush() error                          { return rw.Writer.Flush() }
func (rw ReadWriter) Available() int                        { return rw.Writer.Available() }
func (rw ReadWriter) AvailableBuffer() []byte               { return rw.Writer.AvailableBuffer() }
func (rw ReadWriter) ReadFrom(r io.Reader) (int64, error)   { return rw.Writer.ReadFrom(r) }

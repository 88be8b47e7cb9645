// Package io holds the byte-stream interfaces (Reader, Writer and their relatives) and
// helpers that move data between them.
package io

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0 // from the start
	SeekCurrent = 1 // from the current offset
	SeekEnd     = 2 // from the end
)

var (
	// EOF is what Read returns when the input has ended normally.
	EOF = errors.New("EOF")
	// ErrUnexpectedEOF: the input ended inside a block of fixed size.
	ErrUnexpectedEOF = errors.New("unexpected EOF")
	// ErrShortWrite: a Write took fewer bytes than offered, without an error.
	ErrShortWrite = errors.New("short write")
	// ErrShortBuffer: the buffer given is too small for the read asked for.
	ErrShortBuffer = errors.New("short buffer")
	// ErrNoProgress: a Reader keeps returning neither data nor an error.
	ErrNoProgress = errors.New("multiple Read calls return no data or error")

	errBadWriteCount = errors.New("invalid write result")
	errWhence        = errors.New("Seek: invalid whence")
	errOffset        = errors.New("Seek: invalid offset")
)

// Reader reads up to len(p) bytes into p.
type Reader interface {
	Read(p []byte) (int, error)
}

// Writer writes p, all of it unless it returns an error.
type Writer interface {
	Write(p []byte) (int, error)
}

// Closer releases a resource.
type Closer interface {
	Close() error
}

// Seeker moves the offset of the next Read or Write.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// Combinations of the four basic interfaces.

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom copies everything r has into its receiver.
type ReaderFrom interface {
	ReadFrom(r Reader) (int64, error)
}

// WriterTo copies everything its receiver has into w.
type WriterTo interface {
	WriteTo(w Writer) (int64, error)
}

// ReaderAt reads at an absolute offset, independently of any other read.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (int, error)
}

// WriterAt writes at an absolute offset.
type WriterAt interface {
	WriteAt(p []byte, off int64) (int, error)
}

// ByteReader reads one byte.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner can also push back the last byte read.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter writes one byte.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader reads one UTF-8 encoded character.
type RuneReader interface {
	ReadRune() (rune, int, error)
}

// RuneScanner can also push back the last rune read.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter writes a string without a conversion to []byte.
type StringWriter interface {
	WriteString(s string) (int, error)
}

// WriteString writes s to w, through w's WriteString when it has one.
func WriteString(w Writer, s string) (n int, err error) {
	switch w := w.(type) {
	case StringWriter:
		return w.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds min bytes or Read fails. Too short a
// buffer is ErrShortBuffer; an EOF after some bytes but fewer than min becomes
// ErrUnexpectedEOF; once min bytes are in, a read error is dropped.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for err == nil && n < min {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	switch {
	case n >= min:
		err = nil
	case n > 0 && err == EOF:
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull fills buf from r, with ReadAtLeast's errors.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies exactly n bytes, or reports why it could not (EOF for a short source).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, &LimitedReader{R: src, N: n})
	switch {
	case written == n:
		err = nil
	case err == nil:
		err = EOF
	}
	return written, err
}

// Copy moves src's data to dst until src's EOF (which is not an error) or a failure,
// preferring src.WriteTo, then dst.ReadFrom, then a 32 KiB buffer.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyThrough(dst, src, nil)
}

// CopyBuffer is Copy using buf when a buffer is needed.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf == nil {
		return copyThrough(dst, src, nil)
	}
	if len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyThrough(dst, src, buf)
}

const copyChunk = 32 << 10

func copyThrough(dst Writer, src Reader, buf []byte) (total int64, err error) {
	if from, ok := src.(WriterTo); ok {
		return from.WriteTo(dst)
	}
	if to, ok := dst.(ReaderFrom); ok {
		return to.ReadFrom(src)
	}
	if buf == nil {
		size := int64(copyChunk)
		if lr, ok := src.(*LimitedReader); ok && lr.N < size {
			size = lr.N // no bigger than the data allowed through
			if size < 1 {
				size = 1
			}
		}
		buf = make([]byte, size)
	}
	for {
		got, rerr := src.Read(buf)
		if got > 0 {
			put, werr := dst.Write(buf[:got])
			if put < 0 || put > got {
				put = 0
				if werr == nil {
					werr = errBadWriteCount
				}
			}
			total += int64(put)
			if werr == nil && put != got {
				werr = ErrShortWrite
			}
			if werr != nil {
				return total, werr
			}
		}
		if rerr == EOF {
			return total, nil
		}
		if rerr != nil {
			return total, rerr
		}
	}
}

// LimitReader reads from r but ends with EOF after n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// A LimitedReader reads from R while N, the number of bytes still allowed, is positive.
type LimitedReader struct {
	R Reader // the source
	N int64  // bytes left
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if l.N < int64(len(p)) {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// NewSectionReader reads the n bytes of r from offset off (to the end of the int64
// range if off+n overflows).
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxInt64 = 1<<63 - 1
	end := int64(maxInt64)
	if off <= maxInt64-n {
		end = off + n
	}
	return &SectionReader{src: r, start: off, pos: off, end: end, n: n}
}

// SectionReader reads, seeks and reads at offsets inside one section of a ReaderAt.
type SectionReader struct {
	src   ReaderAt
	start int64 // the section is [start, end) of src
	end   int64
	pos   int64 // absolute offset of the next Read
	n     int64 // the length asked for, as Outer reports it
}

// clip shortens p to what remains of the section from absolute offset at.
func (s *SectionReader) clip(p []byte, at int64) ([]byte, bool) {
	if left := s.end - at; int64(len(p)) > left {
		return p[:left], true
	}
	return p, false
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.pos >= s.end {
		return 0, EOF
	}
	p, _ = s.clip(p, s.pos)
	n, err = s.src.ReadAt(p, s.pos)
	s.pos += int64(n)
	return n, err
}

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	var at int64
	switch whence {
	case SeekStart:
		at = s.start + offset
	case SeekCurrent:
		at = s.pos + offset
	case SeekEnd:
		at = s.end + offset
	default:
		return 0, errWhence
	}
	if at < s.start {
		return 0, errOffset
	}
	s.pos = at
	return at - s.start, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	at := s.start + off
	if off < 0 || at >= s.end {
		return 0, EOF
	}
	p, clipped := s.clip(p, at)
	n, err = s.src.ReadAt(p, at)
	if clipped && err == nil {
		err = EOF // the request ran past the section
	}
	return n, err
}

// Size is the section's length.
func (s *SectionReader) Size() int64 { return s.end - s.start }

// Outer returns the ReaderAt, offset and length the section was made with.
func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64) { return s.src, s.start, s.n }

// An OffsetWriter writes to a WriterAt with offsets counted from a base offset.
type OffsetWriter struct {
	dst  WriterAt
	base int64
	pos  int64 // absolute offset of the next Write
}

// NewOffsetWriter writes to w from offset off.
func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter {
	return &OffsetWriter{dst: w, base: off, pos: off}
}

func (o *OffsetWriter) Write(p []byte) (n int, err error) {
	n, err = o.dst.WriteAt(p, o.pos)
	o.pos += int64(n)
	return n, err
}

func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errOffset
	}
	return o.dst.WriteAt(p, o.base+off)
}

func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error) {
	var at int64
	switch whence {
	case SeekStart:
		at = o.base + offset
	case SeekCurrent:
		at = o.pos + offset
	default:
		return 0, errWhence
	}
	if at < o.base {
		return 0, errOffset
	}
	o.pos = at
	return at - o.base, nil
}

// TeeReader reads from r and writes everything read to w; a write error is returned
// as the read's error.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	src  Reader
	copy Writer
}

func (t *teeReader) Read(p []byte) (int, error) {
	n, err := t.src.Read(p)
	if n > 0 {
		if put, werr := t.copy.Write(p[:n]); werr != nil {
			return put, werr
		}
	}
	return n, err
}

var (
	// Discard accepts and drops every write.
	Discard Writer = discard{}
)

type discard struct{}

func (discard) Write(p []byte) (int, error)       { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

// ReadFrom drains r through an 8 KiB scratch buffer.
func (discard) ReadFrom(r Reader) (total int64, err error) {
	scratch := make([]byte, 8<<10)
	for {
		n, err := r.Read(scratch)
		total += int64(n)
		if err == EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

// NopCloser adds a Close that does nothing to r (keeping r's WriteTo if it has one).
func NopCloser(r Reader) ReadCloser {
	switch r.(type) {
	case WriterTo:
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct{ Reader }

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct{ Reader }

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (int64, error) {
	wt := c.Reader.(WriterTo) // NopCloser checked it
	return wt.WriteTo(w)
}

// ReadAll reads r to its end; reaching EOF is success. Reads go into the free
// capacity of a buffer that starts at 512 bytes and grows as append grows it.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

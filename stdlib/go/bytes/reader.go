package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Go's texts for misuse of a Reader.
var (
	errNegativeOffset         = errors.New("bytes.Reader.ReadAt: negative offset")
	errUnreadByteAtStart      = errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	errUnreadRuneAtStart      = errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	errUnreadRuneNotAfterRead = errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	errBadWhence              = errors.New("bytes.Reader.Seek: invalid whence")
	errNegativePosition       = errors.New("bytes.Reader.Seek: negative position")
)

// Reader reads a byte slice through the io interfaces (Reader, ReaderAt, ByteScanner,
// RuneScanner, Seeker, WriterTo). It never changes the slice.
type Reader struct {
	s        []byte
	pos      int64 // next byte to read; may be past the end after Seek
	lastRune int   // size of the rune the last call read with ReadRune, else -1
}

func NewReader(b []byte) *Reader { return &Reader{s: b, lastRune: -1} }

// Reset makes r read b from its start.
func (r *Reader) Reset(b []byte) { *r = Reader{s: b, lastRune: -1} }

// Len is the number of unread bytes.
func (r *Reader) Len() int { return len(r.rest()) }

// Size is the length of the whole slice.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) rest() []byte {
	if r.pos >= int64(len(r.s)) {
		return nil
	}
	return r.s[r.pos:]
}

// Read copies unread bytes into b. At the end it only returns io.EOF, so a preceding
// ReadRune can still be undone.
func (r *Reader) Read(b []byte) (n int, err error) {
	rest := r.rest()
	if len(rest) == 0 {
		return 0, io.EOF
	}
	r.lastRune = -1
	n = copy(b, rest)
	r.pos += int64(n)
	return n, nil
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errNegativeOffset
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

func (r *Reader) ReadByte() (byte, error) {
	r.lastRune = -1
	rest := r.rest()
	if len(rest) == 0 {
		return 0, io.EOF
	}
	r.pos++
	return rest[0], nil
}

func (r *Reader) UnreadByte() error {
	if r.pos <= 0 {
		return errUnreadByteAtStart
	}
	r.lastRune = -1
	r.pos--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	rest := r.rest()
	if len(rest) == 0 {
		r.lastRune = -1
		return 0, 0, io.EOF
	}
	ch, size = utf8.DecodeRune(rest)
	r.pos += int64(size)
	r.lastRune = size
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.pos <= 0 {
		return errUnreadRuneAtStart
	}
	if r.lastRune < 0 {
		return errUnreadRuneNotAfterRead
	}
	r.pos -= int64(r.lastRune)
	r.lastRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.lastRune = -1
	var to int64
	switch whence {
	case io.SeekStart:
		to = offset
	case io.SeekCurrent:
		to = r.pos + offset
	case io.SeekEnd:
		to = int64(len(r.s)) + offset
	default:
		return 0, errBadWhence
	}
	if to < 0 {
		return 0, errNegativePosition
	}
	r.pos = to
	return to, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.lastRune = -1
	rest := r.rest()
	if len(rest) == 0 {
		return 0, nil
	}
	m, err := w.Write(rest)
	if m > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.pos += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}

package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// MinRead is the smallest free space ReadFrom offers to each Read call.
const MinRead = 512

var (
	// ErrTooLarge is the panic value when a Buffer cannot grow any more.
	ErrTooLarge = errors.New("bytes.Buffer: too large")

	errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	errUnreadRune = errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
)

// firstAlloc is the capacity a Buffer starts with when small writes need room.
const firstAlloc = 64

// Buffer is a byte queue: writes append at the end, reads consume from the front. The
// zero value is an empty Buffer.
type Buffer struct {
	buf  []byte // buf[head:] is unread
	head int
	// undo is what Unread* may give back: 0 nothing, -1 one byte (any read),
	// 1 to 4 the size of the rune ReadRune returned.
	undo int
}

func NewBuffer(buf []byte) *Buffer     { return &Buffer{buf: buf} }
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes is the unread part, shared with the Buffer until its next change.
func (b *Buffer) Bytes() []byte { return b.buf[b.head:] }

// String is the unread part as a string; "<nil>" for a nil *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.head:])
}

func (b *Buffer) Len() int       { return len(b.buf) - b.head }
func (b *Buffer) Cap() int       { return cap(b.buf) }
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// AvailableBuffer is the empty tail of the storage, for appending and then Write.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// Reset empties the Buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.head = 0
	b.undo = 0
}

// Truncate keeps the first n unread bytes; n outside [0, Len()] panics.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.undo = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.head+n]
}

// Grow makes room for n more bytes; n < 0 panics.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	b.reserve(n)
}

// reserve makes cap(b.buf)-len(b.buf) >= n, moving the unread bytes to the front or
// to new storage, and returns len(b.buf).
func (b *Buffer) reserve(n int) int {
	used := b.Len()
	if used == 0 && b.head != 0 {
		b.Reset()
	}
	if cap(b.buf)-len(b.buf) >= n {
		return len(b.buf)
	}
	if b.buf == nil && n <= firstAlloc {
		b.buf = make([]byte, 0, firstAlloc)
		return 0
	}
	if used+n <= cap(b.buf)/2 {
		// Plenty of room once the consumed bytes are dropped.
		copy(b.buf, b.buf[b.head:])
	} else {
		if used > maxInt-n-cap(b.buf) {
			panic(ErrTooLarge)
		}
		grown := make([]byte, used, 2*cap(b.buf)+n)
		copy(grown, b.buf[b.head:])
		b.buf = grown
	}
	b.buf = b.buf[:used]
	b.head = 0
	return used
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.undo = 0
	b.reserve(len(p))
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.undo = 0
	b.reserve(len(s))
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.undo = 0
	b.reserve(1)
	b.buf = append(b.buf, c)
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.undo = 0
	b.reserve(utf8.UTFMax)
	var enc [utf8.UTFMax]byte
	n = utf8.EncodeRune(enc[:], r)
	b.buf = append(b.buf, enc[:n]...)
	return n, nil
}

// ReadFrom appends everything r yields until io.EOF; other errors are returned.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.undo = 0
	for {
		at := b.reserve(MinRead)
		m, e := r.Read(b.buf[at:cap(b.buf)])
		if m < 0 {
			panic("bytes.Buffer: reader returned negative count from Read")
		}
		b.buf = b.buf[:at+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes the unread bytes to w until they are all gone or w fails.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.undo = 0
	if pending := b.Len(); pending > 0 {
		m, e := w.Write(b.buf[b.head:])
		if m > pending {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.head += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != pending {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read takes up to len(p) bytes; io.EOF when the Buffer is empty and len(p) > 0.
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.undo = 0
	if b.Len() == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.head:])
	b.head += n
	if n > 0 {
		b.undo = -1
	}
	return n, nil
}

// Next takes the next n bytes (all if fewer), as a slice valid until the next change.
func (b *Buffer) Next(n int) []byte {
	b.undo = 0
	if n > b.Len() {
		n = b.Len()
	}
	out := b.buf[b.head : b.head+n]
	b.head += n
	if n > 0 {
		b.undo = -1
	}
	return out
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.head]
	b.head++
	b.undo = -1
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.head:])
	b.head += size
	b.undo = size
	return r, size, nil
}

// UnreadRune gives back the rune the previous call, a ReadRune, returned.
func (b *Buffer) UnreadRune() error {
	if b.undo <= 0 {
		return errUnreadRune
	}
	if b.head >= b.undo {
		b.head -= b.undo
	}
	b.undo = 0
	return nil
}

// UnreadByte gives back the last byte the previous call, a read, returned.
func (b *Buffer) UnreadByte() error {
	if b.undo == 0 {
		return errUnreadByte
	}
	b.undo = 0
	if b.head > 0 {
		b.head--
	}
	return nil
}

// ReadBytes takes everything up to and including delim, in a new slice; without delim
// it takes the rest and returns io.EOF.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	part, err := b.upTo(delim)
	return append([]byte(nil), part...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	part, err := b.upTo(delim)
	return string(part), err
}

func (b *Buffer) upTo(delim byte) ([]byte, error) {
	rest := b.buf[b.head:]
	end, err := IndexByte(rest, delim)+1, error(nil)
	if end == 0 {
		end, err = len(rest), io.EOF
	}
	b.head += end
	b.undo = -1
	return rest[:end], err
}

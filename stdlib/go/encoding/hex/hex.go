// Package hex converts between bytes and their hexadecimal text (two lower-case digits
// per byte when encoding; either case when decoding), and prints hex dumps in the layout
// of `hexdump -C`.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// lower holds the digits Encode writes; prefix starts every error text.
const (
	lower  = "0123456789abcdef"
	prefix = "encoding/hex: "
)

// ErrLength is the error for an odd number of hex digits.
var ErrLength = errors.New(prefix + "odd length hex string")

var errClosed = errors.New(prefix + "dumper closed")

// InvalidByteError is the error for a byte that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return prefix + fmt.Sprintf("invalid byte: %#U", rune(e))
}

// nibble returns the value of hex digit c, and false when c is not one.
func nibble(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// EncodedLen is the length of the encoding of n bytes: 2n.
func EncodedLen(n int) int { return 2 * n }

// DecodedLen is the number of bytes x hex digits decode to: x/2.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the hex digits of src into dst (which needs EncodedLen(len(src)) bytes)
// and returns how many it wrote.
func Encode(dst, src []byte) int {
	for i, b := range src {
		dst[2*i] = lower[b>>4]
		dst[2*i+1] = lower[b&15]
	}
	return 2 * len(src)
}

// AppendEncode appends the hex digits of src to dst.
func AppendEncode(dst, src []byte) []byte {
	for _, b := range src {
		dst = append(dst, lower[b>>4], lower[b&15])
	}
	return dst
}

// EncodeToString returns the hex digits of src.
func EncodeToString(src []byte) string {
	return string(AppendEncode(make([]byte, 0, 2*len(src)), src))
}

// Decode turns the hex digits of src into bytes in dst (which needs DecodedLen(len(src))
// bytes) and returns how many bytes it wrote. A byte that is not a hex digit gives an
// InvalidByteError, an odd count of digits ErrLength; the bytes before the problem are
// decoded.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, ok := nibble(src[2*n])
		if !ok {
			return n, InvalidByteError(src[2*n])
		}
		lo, ok := nibble(src[2*n+1])
		if !ok {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = hi<<4 | lo
	}
	if len(src)%2 != 0 {
		last := src[len(src)-1]
		if _, ok := nibble(last); !ok {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

// AppendDecode appends the bytes of the hex digits of src to dst; on an error it returns
// dst with the bytes decoded before the problem.
func AppendDecode(dst, src []byte) ([]byte, error) {
	start := len(dst)
	need := start + len(src)/2
	if cap(dst) < need {
		grown := make([]byte, start, need)
		copy(grown, dst)
		dst = grown
	}
	n, err := Decode(dst[start:need], src)
	return dst[:start+n], err
}

// DecodeString returns the bytes of the hex digits of s (what was decoded before an
// error, with the error).
func DecodeString(s string) ([]byte, error) {
	buf := []byte(s)
	n, err := Decode(buf, buf)
	return buf[:n], err
}

// Dump returns the hex dump of data, as `hexdump -C` prints it.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

// Dumper returns a WriteCloser that writes the hex dump of everything written to it to w.
// Close writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

// dumper formats 16-byte lines: an offset, the bytes in two groups of eight, and their
// printable characters between bars.
type dumper struct {
	w      io.Writer
	offset uint
	line   [16]byte
	n      int // bytes of the current line
	closed bool
}

func (d *dumper) Write(p []byte) (int, error) {
	if d.closed {
		return 0, errClosed
	}
	for i, b := range p {
		d.line[d.n] = b
		d.n++
		if d.n == 16 {
			if err := d.flush(); err != nil {
				return i + 1, err
			}
		}
	}
	return len(p), nil
}

// flush writes the current line (padded when partial).
func (d *dumper) flush() error {
	buf := make([]byte, 0, 80)
	buf = fmt.Appendf(buf, "%08x  ", d.offset)
	for i := 0; i < 16; i++ {
		if i < d.n {
			buf = append(buf, lower[d.line[i]>>4], lower[d.line[i]&15], ' ')
		} else {
			buf = append(buf, "   "...)
		}
		if i == 7 {
			buf = append(buf, ' ')
		}
	}
	buf = append(buf, " |"...)
	for _, c := range d.line[:d.n] {
		if c < 32 || c > 126 {
			c = '.'
		}
		buf = append(buf, c)
	}
	buf = append(buf, "|\n"...)
	d.offset += uint(d.n)
	d.n = 0
	_, err := d.w.Write(buf)
	return err
}

func (d *dumper) Close() error {
	if d.closed {
		return nil
	}
	d.closed = true
	if d.n == 0 {
		return nil
	}
	return d.flush()
}

// NewEncoder returns a Writer that writes the hex digits of what it is given to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

type encoder struct {
	w   io.Writer
	buf []byte
}

func (e *encoder) Write(p []byte) (int, error) {
	written := 0
	for len(p) > 0 {
		chunk := p
		if len(chunk) > 512 {
			chunk = chunk[:512]
		}
		e.buf = AppendEncode(e.buf[:0], chunk)
		n, err := e.w.Write(e.buf)
		written += n / 2
		if err != nil {
			return written, err
		}
		p = p[len(chunk):]
	}
	return written, nil
}

// NewDecoder returns a Reader of the bytes whose hex digits r yields.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

type decoder struct {
	r    io.Reader
	buf  [1024]byte
	have int // digits in buf not decoded yet
	err  error
}

func (d *decoder) Read(p []byte) (int, error) {
	// Read until there are two digits to decode or the source ends.
	for d.have < 2 && d.err == nil {
		n, err := d.r.Read(d.buf[d.have:])
		d.have += n
		d.err = err
	}
	if d.have < 2 {
		if d.err == io.EOF && d.have == 1 {
			if _, ok := nibble(d.buf[0]); !ok {
				return 0, InvalidByteError(d.buf[0])
			}
			return 0, io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	even := d.have &^ 1
	if max := 2 * len(p); even > max {
		even = max
	}
	n, err := Decode(p, d.buf[:even])
	d.have = copy(d.buf[:], d.buf[even:d.have])
	return n, err
}

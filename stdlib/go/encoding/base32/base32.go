// Package base32 implements the base32 encodings of RFC 4648: each group of five bytes
// becomes eight characters of a 32-character alphabet, with '=' padding the last group
// (unless padding is turned off with WithPadding(NoPadding)).
package base32

import (
	"io"
	"strconv"
)

const (
	// StdPadding is the default padding character.
	StdPadding rune = '='
	// NoPadding disables padding.
	NoPadding rune = -1
)

const invalid = 0xff

// Encoding is a base32 alphabet with its padding choice.
type Encoding struct {
	alphabet [32]byte
	values   [256]byte // character → 5-bit value, or invalid
	pad      rune
}

// NewEncoding returns a padded Encoding over the 32-byte alphabet encoder, which must not
// repeat a byte nor contain '\r', '\n' or the padding character.
func NewEncoding(encoder string) *Encoding {
	e := &Encoding{pad: StdPadding}
	if problem := e.setAlphabet(encoder); problem != "" {
		panic(problem)
	}
	return e
}

// setAlphabet fills the encoding's tables, or says what is wrong with the alphabet.
func (e *Encoding) setAlphabet(a string) string {
	if len(a) != 32 {
		return "encoding alphabet is not 32-bytes long"
	}
	copy(e.alphabet[:], a)
	for i := range e.values {
		e.values[i] = invalid
	}
	for i := 0; i < 32; i++ {
		switch c := a[i]; {
		case c == '\n' || c == '\r':
			return "encoding alphabet contains newline character"
		case e.values[c] != invalid:
			return "encoding alphabet includes duplicate symbols"
		default:
			e.values[c] = byte(i)
		}
	}
	return ""
}

// The encodings of RFC 4648.
var (
	StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
	HexEncoding = NewEncoding("0123456789ABCDEFGHIJKLMNOPQRSTUV")
)

// WithPadding returns a copy of enc with padding character padding (or NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	switch {
	case padding == '\r' || padding == '\n' || padding > 0xff || padding < NoPadding:
		panic("invalid padding")
	case padding != NoPadding && enc.values[byte(padding)] != invalid:
		panic("padding " + "contained in alphabet")
	}
	enc.pad = padding
	return &enc
}

// charsFor[k] is the number of characters carrying k bytes of a last group.
var charsFor = [5]int{0, 2, 4, 5, 7}

// bytesFor[j] is the number of bytes in a last group of j characters (-1: no such group).
var bytesFor = [8]int{0, -1, 1, -1, 2, 3, -1, 4}

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.pad == NoPadding {
		return n/5*8 + charsFor[n%5]
	}
	return (n + 4) / 5 * 8
}

// DecodedLen is the largest number of bytes n encoded characters decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.pad == NoPadding {
		return n/8*5 + n%8*5/8
	}
	return n / 8 * 5
}

// Encode writes the encoding of src into dst, which needs EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	w := 0
	for len(src) > 0 {
		var group [5]byte
		k := copy(group[:], src)
		src = src[k:]
		var bits uint64
		for _, b := range group {
			bits = bits<<8 | uint64(b)
		}
		used := charsFor[k%5]
		if k == 5 {
			used = 8
		}
		for i := 0; i < 8; i++ {
			if i < used {
				dst[w] = enc.alphabet[bits>>(35-5*i)&31]
			} else if enc.pad != NoPadding {
				dst[w] = byte(enc.pad)
			} else {
				break
			}
			w++
		}
	}
}

// AppendEncode appends the encoding of src to dst.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	out := grow(dst, enc.EncodedLen(len(src)))
	enc.Encode(out[len(dst):], src)
	return out
}

func grow(dst []byte, n int) []byte {
	if cap(dst)-len(dst) >= n {
		return dst[:len(dst)+n]
	}
	out := make([]byte, len(dst)+n, len(dst)+n+len(dst)/4)
	copy(out, dst)
	return out
}

// EncodeToString returns the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	return string(enc.AppendEncode(nil, src))
}

// CorruptInputError is the offset in the input of the first byte that makes it invalid.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base32 data at input byte " + strconv.Itoa(int(e))
}

// withoutNewlines returns src with '\r' and '\n' left out.
func withoutNewlines(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for _, c := range src {
		if c != '\r' && c != '\n' {
			out = append(out, c)
		}
	}
	return out
}

// Decode decodes src into dst (which needs DecodedLen(len(src)) bytes), ignoring '\r'
// and '\n', and returns the number of bytes written. On invalid input it returns the
// bytes decoded before the problem and a CorruptInputError.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	n, _, err = enc.decodeAll(dst, withoutNewlines(src))
	return n, err
}

// decodeAll works on input without newlines; end reports whether it saw the padded end.
func (enc *Encoding) decodeAll(dst, src []byte) (n int, end bool, err error) {
	var group [8]byte
	j := 0
	for i, c := range src {
		// Padding counts as such only within the last eight characters; the group it
		// completes ends the decoding (characters after its padding are not looked at).
		if enc.pad != NoPadding && rune(c) == enc.pad && j >= 2 && len(src)-i-1 < 8 {
			rest := len(src) - i - 1
			if rest+j < 7 {
				return n, false, CorruptInputError(len(src))
			}
			for k := 0; k < 7-j; k++ {
				if rune(src[i+1+k]) != enc.pad {
					return n, false, CorruptInputError(i + k)
				}
			}
			if bytesFor[j] < 0 {
				return n, false, CorruptInputError(i)
			}
			return n + enc.flush(dst[n:], group, j), true, nil
		}
		v := enc.values[c]
		if v == invalid {
			return n, false, CorruptInputError(i)
		}
		group[j] = v
		j++
		if j == 8 {
			n += enc.flush(dst[n:], group, 8)
			j = 0
		}
	}
	if j == 0 {
		return n, false, nil
	}
	if enc.pad != NoPadding {
		return n, false, CorruptInputError(len(src) - j)
	}
	if bytesFor[j] < 0 {
		// An unpadded tail of 1, 3 or 6 characters carries no whole byte: it is dropped.
		return n, false, nil
	}
	return n + enc.flush(dst[n:], group, j), false, nil
}

// flush writes the bytes of a group of j characters and returns how many.
func (enc *Encoding) flush(dst []byte, group [8]byte, j int) int {
	var bits uint64
	for _, v := range group {
		bits = bits<<5 | uint64(v)
	}
	k := 5
	if j < 8 {
		k = bytesFor[j]
	}
	for i := 0; i < k; i++ {
		dst[i] = byte(bits >> (32 - 8*i))
	}
	return k
}

// AppendDecode appends the decoding of src to dst; on invalid input, what was decoded
// before the problem and the error.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	out := grow(dst, len(src)/8*5+5)
	n, err := enc.Decode(out[len(dst):], src)
	return out[:len(dst)+n], err
}

// DecodeString returns the bytes s decodes to (with the error, what was decoded before it).
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, len(s)/8*5+5)
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

// NewEncoder returns a WriteCloser encoding what is written to it onto w. Close writes
// the last, partial group; it does not close w.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	e := new(encoder)
	e.enc, e.w = enc, w
	return e
}

type encoder struct {
	enc  *Encoding
	w    io.Writer
	held []byte // fewer than 5 bytes waiting for a full group
	out  []byte
	err  error
}

func (e *encoder) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	total := len(p)
	if len(e.held)+len(p) < 5 {
		e.held = append(e.held, p...)
		return total, nil
	}
	take := (5 - len(e.held)) % 5
	group := append(e.held, p[:take]...)
	p = p[take:]
	whole := len(p) / 5 * 5
	e.out = e.enc.AppendEncode(e.out[:0], group)
	e.out = e.enc.AppendEncode(e.out, p[:whole])
	e.held = append(e.held[:0], p[whole:]...)
	if _, err := e.w.Write(e.out); err != nil {
		e.err = err
		return 0, err
	}
	return total, nil
}

func (e *encoder) Close() error {
	if e.err == nil && len(e.held) > 0 {
		_, e.err = e.w.Write(e.enc.AppendEncode(nil, e.held))
		e.held = e.held[:0]
	}
	return e.err
}

// NewDecoder returns a Reader of the bytes whose encoding r yields.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: r}
}

type decoder struct {
	enc     *Encoding
	r       io.Reader
	chars   []byte // characters read, without newlines, not decoded yet
	decoded []byte
	err     error // the source's error
	failed  error
	ended   bool // padding ended the input
	buf     [1024]byte
}

func (d *decoder) Read(p []byte) (int, error) {
	for len(d.decoded) == 0 {
		if d.failed != nil {
			return 0, d.failed
		}
		if d.err == nil && (len(d.chars) < 8 || d.ended) {
			n, err := d.r.Read(d.buf[:])
			d.chars = append(d.chars, withoutNewlines(d.buf[:n])...)
			d.err = err
			continue
		}
		if d.ended {
			// Input after the padded end.
			if len(d.chars) > 0 {
				d.failed = CorruptInputError(0)
				if d.enc.pad != NoPadding && len(d.chars) < 8 {
					d.failed = io.ErrUnexpectedEOF
				}
				continue
			}
			return 0, d.err
		}
		if len(d.chars) == 0 {
			return 0, d.err
		}
		// Unpadded input is decoded as it comes; padded input in whole groups.
		use := len(d.chars)
		if d.enc.pad != NoPadding {
			use = use / 8 * 8
		}
		if use == 0 {
			d.chars = d.chars[:0]
			d.err = io.ErrUnexpectedEOF
			return 0, d.err
		}
		out := make([]byte, use/8*5+5)
		n, end, err := d.enc.decodeAll(out, d.chars[:use])
		d.decoded = out[:n]
		d.failed = err
		d.ended = end
		d.chars = d.chars[use:]
	}
	n := copy(p, d.decoded)
	d.decoded = d.decoded[n:]
	return n, nil
}

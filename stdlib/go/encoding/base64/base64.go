// Package base64 implements the base64 encodings of RFC 4648: each group of three bytes
// becomes four characters of a 64-character alphabet, with '=' padding the last group
// (or no padding for the Raw encodings).
package base64

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

// invalid marks a byte outside the alphabet in Encoding.values.
const invalid = 0xff

// Encoding is a base64 alphabet with its padding choice and decoding mode.
type Encoding struct {
	alphabet [64]byte
	values   [256]byte // character → sextet, or invalid
	pad      rune
	strict   bool
}

const (
	stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// NewEncoding returns a padded Encoding over the 64-byte alphabet encoder, which must not
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
	if len(a) != 64 {
		return "encoding alphabet is not 64-bytes long"
	}
	copy(e.alphabet[:], a)
	for i := range e.values {
		e.values[i] = invalid
	}
	for i := 0; i < 64; i++ {
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

// Strict returns a copy of enc whose decoding requires the unused bits of the last group
// to be zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// The standard encodings.
var (
	StdEncoding    = NewEncoding(stdAlphabet)
	URLEncoding    = NewEncoding(urlAlphabet)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.pad == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen is the largest number of bytes n encoded characters decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.pad == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// Encode writes the encoding of src into dst, which needs EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	w := 0
	for len(src) > 0 {
		var group [3]byte
		k := copy(group[:], src)
		src = src[k:]
		bits := uint(group[0])<<16 | uint(group[1])<<8 | uint(group[2])
		chars := k + 1 // characters that carry data
		for i := 0; i < 4; i++ {
			if i < chars {
				dst[w] = enc.alphabet[bits>>(18-6*i)&63]
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
	n := enc.EncodedLen(len(src))
	out := grow(dst, n)
	enc.Encode(out[len(dst):], src)
	return out
}

// grow returns dst extended by n bytes.
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
	return "illegal base64 data at input byte " + strconv.Itoa(int(e))
}

// Decode decodes src into dst (which needs DecodedLen(len(src)) bytes), ignoring '\r'
// and '\n', and returns the number of bytes written. On invalid input it returns the
// bytes of the complete groups before the problem and a CorruptInputError.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	var group [4]byte // sextets of the group being read
	j := 0            // how many
	for i, c := range src {
		if c == '\n' || c == '\r' {
			continue
		}
		if enc.pad != NoPadding && rune(c) == enc.pad {
			return enc.finishPadded(dst, n, group, j, src, i)
		}
		v := enc.values[c]
		if v == invalid {
			return n, CorruptInputError(i)
		}
		group[j] = v
		j++
		if j == 4 {
			bits := uint(group[0])<<18 | uint(group[1])<<12 | uint(group[2])<<6 | uint(group[3])
			dst[n], dst[n+1], dst[n+2] = byte(bits>>16), byte(bits>>8), byte(bits)
			n += 3
			j = 0
		}
	}
	switch {
	case j == 0:
		return n, nil
	case j == 1 || enc.pad != NoPadding:
		return n, CorruptInputError(len(src) - j)
	}
	return enc.finishGroup(dst, n, group, j, len(src)-4+j)
}

// finishPadded handles padding found at src[i] after j characters of a group.
func (enc *Encoding) finishPadded(dst []byte, n int, group [4]byte, j int, src []byte, i int) (int, error) {
	if j < 2 {
		return n, CorruptInputError(i)
	}
	next := func(k int) int {
		for k < len(src) && (src[k] == '\n' || src[k] == '\r') {
			k++
		}
		return k
	}
	k := i + 1
	if j == 2 {
		// A group of two characters ends with two padding characters.
		k = next(k)
		if k == len(src) {
			return n, CorruptInputError(len(src))
		}
		if rune(src[k]) != enc.pad {
			return n, CorruptInputError(k - 1)
		}
		k++
	}
	if k = next(k); k < len(src) {
		// Characters after the padding: the group still counts, unless it is itself invalid.
		m, err := enc.finishGroup(dst, n, group, j, i)
		if err != nil {
			return m, err
		}
		return m, CorruptInputError(k)
	}
	return enc.finishGroup(dst, n, group, j, i)
}

// finishGroup writes the bytes of a last group of j (2 or 3) characters; at is the input
// offset reported when strict decoding finds unused bits set.
func (enc *Encoding) finishGroup(dst []byte, n int, group [4]byte, j int, at int) (int, error) {
	bits := uint(group[0])<<18 | uint(group[1])<<12 | uint(group[2])<<6
	if j == 2 {
		if enc.strict && group[1]&15 != 0 {
			return n, CorruptInputError(at)
		}
		dst[n] = byte(bits >> 16)
		return n + 1, nil
	}
	if enc.strict && group[2]&3 != 0 {
		return n, CorruptInputError(at)
	}
	dst[n], dst[n+1] = byte(bits>>16), byte(bits>>8)
	return n + 2, nil
}

// AppendDecode appends the decoding of src to dst; on invalid input, what was decoded
// before the problem and the error.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	room := enc.DecodedLen(len(src))
	if enc.pad != NoPadding {
		// Unpadded input may be given to a padded encoding's decoder too.
		room = len(src)/4*3 + len(src)%4*6/8
	}
	out := grow(dst, room)
	n, err := enc.Decode(out[len(dst):], src)
	return out[:len(dst)+n], err
}

// DecodeString returns the bytes s decodes to (with the error, what was decoded before it).
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, len(s)/4*3+3)
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
	held []byte // fewer than 3 bytes waiting for a full group
	out  []byte
	err  error
}

func (e *encoder) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	total := len(p)
	if len(e.held)+len(p) < 3 {
		e.held = append(e.held, p...)
		return total, nil
	}
	// Complete the held group, then encode whole groups of p.
	take := (3 - len(e.held)) % 3
	group := append(e.held, p[:take]...)
	p = p[take:]
	whole := len(p) / 3 * 3
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
	chars   []byte // encoded characters read, without newlines, not decoded yet
	decoded []byte // decoded bytes not returned yet
	err     error  // the source's error
	failed  error  // a decoding error, returned once the bytes before it are read
	buf     [1024]byte
}

func (d *decoder) Read(p []byte) (int, error) {
	for len(d.decoded) == 0 {
		if d.failed != nil {
			return 0, d.failed
		}
		// Whole groups are decoded as they come; once padding shows up, the rest of
		// the input is read first (padding must end it).
		if d.err == nil && (len(d.chars) < 4 || d.padded()) {
			d.err = d.readMore()
			continue
		}
		if len(d.chars) == 0 {
			return 0, d.err
		}
		use := len(d.chars)
		if d.err == nil || d.err == io.EOF && d.enc.pad != NoPadding {
			use = use / 4 * 4
		}
		if use == 0 {
			// A padded encoding's input ended inside a group.
			d.chars = d.chars[:0]
			d.err = io.ErrUnexpectedEOF
			return 0, d.err
		}
		out := make([]byte, use/4*3+3)
		n, err := d.enc.Decode(out, d.chars[:use])
		d.decoded = out[:n]
		// Offsets of errors count from the start of the characters decoded in this step
		// (newlines left out), as Go's decoder reports them.
		d.failed = err
		d.chars = d.chars[use:]
	}
	n := copy(p, d.decoded)
	d.decoded = d.decoded[n:]
	return n, nil
}

// padded reports whether the characters read include the padding character.
func (d *decoder) padded() bool {
	if d.enc.pad == NoPadding {
		return false
	}
	for _, c := range d.chars {
		if rune(c) == d.enc.pad {
			return true
		}
	}
	return false
}

// readMore reads more characters, dropping newlines.
func (d *decoder) readMore() error {
	n, err := d.r.Read(d.buf[:])
	for _, c := range d.buf[:n] {
		if c != '\n' && c != '\r' {
			d.chars = append(d.chars, c)
		}
	}
	return err
}

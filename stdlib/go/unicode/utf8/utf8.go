// Package utf8 encodes and decodes runes as UTF-8.
//
// Decoding, counting and validation are natives; a byte that does not start a
// well-formed sequence decodes as (RuneError, 1).
package utf8

const (
	RuneError = '\uFFFD'     // what invalid input decodes to
	RuneSelf  = 0x80         // bytes below this are one-byte runes
	MaxRune   = '\U0010FFFF' // the largest Unicode code point
	UTFMax    = 4            // the longest encoding
)

// DecodeRune is the first rune of p and its length; (RuneError, 0) if p is empty.
func DecodeRune(p []byte) (r rune, size int)

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int)

// DecodeLastRune is the last rune of p and its length; (RuneError, 0) if p is empty.
func DecodeLastRune(p []byte) (r rune, size int)

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int)

// RuneCount counts the runes of p, each invalid byte as one.
func RuneCount(p []byte) int

// RuneCountInString counts the runes of s, each invalid byte as one.
func RuneCountInString(s string) (n int)

// Valid reports whether p is entirely well-formed UTF-8.
func Valid(p []byte) bool

// ValidString reports whether s is entirely well-formed UTF-8.
func ValidString(s string) bool

// RuneStart reports whether b can begin an encoding (is not a continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// ValidRune reports whether r is a Unicode scalar value (not a surrogate, in range).
func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

// RuneLen is the length of r's encoding, -1 if r cannot be encoded.
func RuneLen(r rune) int {
	switch {
	case !ValidRune(r):
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// AppendRune appends the encoding of r (of RuneError if r is invalid) to p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		return append(p, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	case r < 0x10000:
		return append(p, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return append(p, 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
}

// EncodeRune writes the encoding of r (of RuneError if r is invalid) into p, which
// must be long enough, and returns its length.
func EncodeRune(p []byte, r rune) int {
	var tmp [UTFMax]byte
	enc := AppendRune(tmp[:0], r)
	copy(p[:len(enc)], enc)
	return len(enc)
}

// FullRune reports whether p begins with a whole encoding: a complete rune, or bytes
// that are invalid whatever follows them.
func FullRune(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	var head [UTFMax]byte
	n := copy(head[:], p)
	return full(head[:n])
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	var head [UTFMax]byte
	n := copy(head[:], s)
	return full(head[:n])
}

func full(p []byte) bool {
	need, lo, hi := 1, byte(0x80), byte(0xBF)
	switch b := p[0]; {
	case 0xC2 <= b && b <= 0xDF:
		need = 2
	case b == 0xE0:
		need, lo = 3, 0xA0
	case 0xE1 <= b && b <= 0xEF:
		need = 3
		if b == 0xED {
			hi = 0x9F
		}
	case b == 0xF0:
		need, lo = 4, 0x90
	case 0xF1 <= b && b <= 0xF4:
		need = 4
		if b == 0xF4 {
			hi = 0x8F
		}
	}
	if len(p) >= need {
		return true
	}
	// Truncated: whole only if a byte present already makes it invalid.
	for i := 1; i < len(p); i++ {
		if i == 1 && (p[1] < lo || p[1] > hi) || i > 1 && p[i]&0xC0 != 0x80 {
			return true
		}
	}
	return false
}

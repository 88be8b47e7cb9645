// Package utf16 converts between runes and UTF-16 code units. A rune above U+FFFF takes
// two units, a surrogate pair: a high unit in [0xD800, 0xDC00) carrying bits 10-19 of
// r-0x10000 and a low unit in [0xDC00, 0xE000) carrying bits 0-9.
package utf16

const (
	highFirst = 0xD800   // first high (leading) surrogate
	lowFirst  = 0xDC00   // first low (trailing) surrogate
	lowEnd    = 0xE000   // one past the last low surrogate
	pairBase  = 0x10000  // first rune that needs a pair
	lastRune  = 0x10FFFF // last Unicode code point
	badRune   = 0xFFFD   // what invalid input becomes
)

func isHigh(u rune) bool { return highFirst <= u && u < lowFirst }
func isLow(u rune) bool  { return lowFirst <= u && u < lowEnd }

// IsSurrogate reports whether r is in the surrogate range [0xD800, 0xE000), i.e. can
// only appear as half of a pair.
func IsSurrogate(r rune) bool { return highFirst <= r && r < lowEnd }

// DecodeRune joins a high and a low surrogate into their rune; any other pair gives
// U+FFFD.
func DecodeRune(r1, r2 rune) rune {
	if !isHigh(r1) || !isLow(r2) {
		return badRune
	}
	return pairBase + (r1-highFirst)<<10 + (r2 - lowFirst)
}

// EncodeRune splits a rune above U+FFFF into its surrogate pair; for any other value
// it returns U+FFFD twice.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < pairBase || r > lastRune {
		return badRune, badRune
	}
	v := r - pairBase
	return highFirst + v>>10, lowFirst + v&0x3FF
}

// RuneLen is the number of units r takes: 1, 2, or -1 for a surrogate or a value
// outside Unicode.
func RuneLen(r rune) int {
	switch {
	case r < 0 || r > lastRune || IsSurrogate(r):
		return -1
	case r >= pairBase:
		return 2
	}
	return 1
}

// AppendRune appends r's units to a (U+FFFD's for a value that cannot be encoded).
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		hi, lo := EncodeRune(r)
		return append(a, uint16(hi), uint16(lo))
	}
	return append(a, badRune)
}

// Encode converts runes to UTF-16; runes that cannot be encoded become U+FFFD.
func Encode(s []rune) []uint16 {
	units := 0
	for _, r := range s {
		if r >= pairBase && r <= lastRune {
			units += 2
		} else {
			units++
		}
	}
	out := make([]uint16, 0, units)
	for _, r := range s {
		out = AppendRune(out, r)
	}
	return out
}

// Decode converts UTF-16 to runes; a surrogate that is not part of a well-formed pair
// becomes U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, len(s))
	for k := 0; k < len(s); k++ {
		u := rune(s[k])
		switch {
		case !IsSurrogate(u):
			out = append(out, u)
		case isHigh(u) && k+1 < len(s) && isLow(rune(s[k+1])):
			out = append(out, DecodeRune(u, rune(s[k+1])))
			k++
		default:
			out = append(out, badRune)
		}
	}
	return out
}

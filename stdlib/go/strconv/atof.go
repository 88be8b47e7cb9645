package strconv

import (
	"math"
	"math/bits"
)

// Float parsing: scanLiteral recognizes the longest float literal at the start of the
// input; decimal values are then rounded by the native decimalToFloat, hexadecimal ones
// by hexToFloat below (they are exact binary fractions, so plain bit arithmetic does).

// decimalToFloat returns the float nearest to mant × 10^exp, where mant holds decimal
// digits only; the rounding is done once, to float32 when single. Too large values give
// +Inf.
func decimalToFloat(mant string, exp int, single bool) float64

// ParseFloat converts s to a float64, rounded as a float32 would be when bitSize is 32.
// It accepts Go's decimal and hexadecimal float literals (with underscores between
// digits), "inf", "infinity" and "nan" in any case, and a leading sign. Errors are
// *NumError: ErrSyntax for bad input, ErrRange (with ±Inf) when the value is too large.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := readFloat(s, bitSize == 32)
	if n != len(s) {
		return 0, fail("ParseFloat", s, ErrSyntax)
	}
	return f, err
}

// floatLit is a float literal found by scanLiteral.
type floatLit struct {
	neg     bool
	special byte   // 'i' for infinity, 'n' for NaN, 0 for a number
	hex     bool   // 0x form: mantissa digits are hexadecimal, exp is binary
	mant    []byte // mantissa digits, point and underscores removed
	point   int    // digits of mant before the point (len(mant) if there is none)
	exp     int    // the exponent as written, clamped to ±1e6
}

// readFloat reads the literal at the start of s and returns its value (a float32's if
// single) and its length; n is 0 (with ErrSyntax) when s starts with no literal.
func readFloat(s string, single bool) (f float64, n int, err error) {
	lit, n := scanLiteral(s)
	if n == 0 {
		return 0, 0, fail("ParseFloat", s, ErrSyntax)
	}
	switch {
	case lit.special == 'n':
		return math.NaN(), n, nil
	case lit.special == 'i':
		f = math.Inf(1)
	case lit.hex:
		f = hexToFloat(lit, single)
	default:
		f = decimalToFloat(string(lit.mant), lit.exp-(len(lit.mant)-lit.point), single)
	}
	if lit.neg {
		f = -f
	}
	if lit.special == 0 && math.IsInf(f, 0) {
		return f, n, fail("ParseFloat", s, ErrRange)
	}
	return f, n, nil
}

// hasPrefixFold reports whether s starts with word (lower case ASCII), ignoring case.
func hasPrefixFold(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for i := 0; i < len(word); i++ {
		if s[i]|0x20 != word[i] {
			return false
		}
	}
	return true
}

// digitValue is the value of c as a digit, or 99 for a non-digit.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c|0x20 && c|0x20 <= 'z':
		return int(c|0x20-'a') + 10
	}
	return 99
}

// scanLiteral finds the float literal at the start of s and returns it with its length
// (0 if there is none).
func scanLiteral(s string) (lit floatLit, n int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		lit.neg = s[i] == '-'
		i++
	}
	rest := s[i:]
	switch {
	case hasPrefixFold(rest, "infinity"):
		lit.special = 'i'
		return lit, i + 8
	case hasPrefixFold(rest, "inf"):
		lit.special = 'i'
		return lit, i + 3
	case hasPrefixFold(rest, "nan"):
		if i > 0 {
			return lit, 0 // NaN takes no sign
		}
		lit.special = 'n'
		return lit, 3
	}
	start := i
	base := 10
	if len(rest) >= 2 && rest[0] == '0' && rest[1]|0x20 == 'x' {
		base = 16
		lit.hex = true
		i += 2
	}
	lit.point = -1
	sawDigit, sawUnderscore := false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			sawUnderscore = true
		case c == '.':
			if lit.point >= 0 {
				goto mantissaDone
			}
			lit.point = len(lit.mant)
		case digitValue(c) < base:
			sawDigit = true
			if len(lit.mant) > 0 || c != '0' {
				lit.mant = append(lit.mant, c)
			} else if lit.point >= 0 {
				lit.exp-- // a leading zero after the point still scales
				if base == 16 {
					lit.exp -= 3
				}
			}
		default:
			goto mantissaDone
		}
	}
mantissaDone:
	if !sawDigit {
		return lit, 0
	}
	if lit.point < 0 {
		lit.point = len(lit.mant)
	}
	mark := byte('e')
	if lit.hex {
		mark = 'p'
	}
	if i < len(s) && s[i]|0x20 == mark {
		i++
		expNeg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			expNeg = s[i] == '-'
			i++
		}
		x, expDigits := 0, 0
	exponent:
		for ; i < len(s); i++ {
			switch c := s[i]; {
			case c == '_':
				sawUnderscore = true
			case c >= '0' && c <= '9':
				expDigits++
				x = min(10*x+int(c-'0'), 1e6)
			default:
				break exponent
			}
		}
		if expDigits == 0 {
			return lit, 0
		}
		if expNeg {
			x = -x
		}
		lit.exp += x
	} else if lit.hex {
		return lit, 0 // the p exponent is mandatory
	}
	if sawUnderscore && !underscoresBetweenDigits(s[start:i], base, 2*(base/16)) {
		return lit, 0
	}
	return lit, i
}

// hexToFloat rounds the hexadecimal literal lit (mantissa × 2^exp) to the nearest
// float64, or float32 if single, half to even; ±Inf when it is too large.
func hexToFloat(lit floatLit, single bool) float64 {
	sigBits, minExp := 53, -1074 // significand width, exponent of the smallest subnormal
	if single {
		sigBits, minExp = 24, -149
	}
	// Gather up to 16 hex digits; a nonzero digit beyond them only marks the value as
	// slightly larger (sticky).
	var m uint64
	sticky := false
	exp := lit.exp + 4*(lit.point-len(lit.mant))
	for k, c := range lit.mant {
		if k < 16 {
			m = m<<4 | uint64(digitValue(c))
		} else {
			exp += 4
			sticky = sticky || c != '0'
		}
	}
	if m == 0 {
		return 0
	}
	// Value = m × 2^exp. Choose the exponent of the result's last bit.
	last := exp + bits.Len64(m) - sigBits
	if last < minExp {
		last = minExp
	}
	if shift := last - exp; shift > 0 {
		// Drop shift bits, rounding half to even (sticky: more nonzero bits below).
		var dropped, half uint64
		switch {
		case shift < 64:
			dropped, half = m&(1<<uint(shift)-1), 1<<uint(shift-1)
			m >>= uint(shift)
		case shift == 64:
			dropped, half, m = m, 1<<63, 0
		default: // all of m is below half of the last bit: round down to zero
			m = 0
		}
		if half != 0 && (dropped > half || dropped == half && (sticky || m&1 == 1)) {
			m++
		}
	} else {
		m <<= uint(-shift)
	}
	maxExp := 1024 // first binary exponent past the largest finite value
	if single {
		maxExp = 128
	}
	if last+bits.Len64(m) > maxExp {
		return math.Inf(1)
	}
	return math.Ldexp(float64(m), last)
}

package strconv

import "math"

const fnParseFloat = "ParseFloat"

// ParseFloat converts the string s to a floating-point number with the precision
// specified by bitSize: 32 for float32, or 64 for float64. When bitSize=32, the result
// still has type float64, but it will be convertible to float32 without changing its
// value.
//
// ParseFloat accepts decimal and hexadecimal floating-point numbers as defined by the
// Go syntax for floating-point literals (underscores included), and "inf", "infinity"
// and "nan" in any case, optionally signed. The result is the nearest floating-point
// number, rounded using IEEE754 unbiased rounding.
//
// Errors have type *NumError with err.Num = s: ErrSyntax (and value 0) for malformed
// input; ErrRange (and value ±Inf) when s is syntactically valid but out of range.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError(fnParseFloat, s)
	}
	return f, err
}

// parseFloatPrefix parses the longest prefix of s that is a float and returns its
// length too.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if bitSize == 32 {
		return atof(s, &float32info)
	}
	return atof(s, &float64info)
}

// prefixFold returns how many bytes of s match prefix, ignoring ASCII case (prefix is
// lower case).
func prefixFold(s, prefix string) int {
	n := min(len(prefix), len(s))
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special parses a signed "inf"/"infinity" or an unsigned "nan" prefix.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign, nsign := 1, 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		fallthrough
	case 'i', 'I':
		n := prefixFold(s, "infinity")
		if 3 < n && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			return math.Inf(sign), nsign + n, true
		}
	case 'n', 'N':
		if prefixFold(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
	}
	return 0, 0, false
}

// readFloat scans a decimal or hexadecimal float prefix of s: up to 19 (decimal) or
// 16 (hex) significant digits in mantissa, the value being mantissa × base^exp (for
// hex, × 2^exp); trunc reports dropped nonzero digits.
func readFloat(s string) (mantissa uint64, exp int, neg, trunc, hex bool, i int, ok bool) {
	underscores := false
	if i >= len(s) {
		return
	}
	if s[i] == '+' {
		i++
	} else if s[i] == '-' {
		neg = true
		i++
	}
	base := uint64(10)
	maxMantDigits := 19
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxMantDigits = 16
		i += 2
		expChar = 'p'
		hex = true
	}
	sawdot, sawdigits := false, false
	nd, ndMant, dp := 0, 0, 0
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
		case c == '.':
			if sawdot {
				break loop
			}
			sawdot = true
			dp = nd
		case '0' <= c && c <= '9':
			sawdigits = true
			if c == '0' && nd == 0 {
				dp-- // leading zero
				continue
			}
			nd++
			if ndMant < maxMantDigits {
				mantissa = mantissa*base + uint64(c-'0')
				ndMant++
			} else if c != '0' {
				trunc = true
			}
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawdigits = true
			nd++
			if ndMant < maxMantDigits {
				mantissa = mantissa*16 + uint64(lower(c)-'a'+10)
				ndMant++
			} else {
				trunc = true
			}
		default:
			break loop
		}
	}
	if !sawdigits {
		return
	}
	if !sawdot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	} else if base == 16 {
		return // hex floats need an exponent
	}
	if mantissa != 0 {
		exp = dp - ndMant
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	ok = true
	return
}

var float64pow10 = [...]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22,
}

var float32pow10 = [...]float32{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10}

// atofExact computes mantissa × 10^exp with one correctly rounded float operation
// when both operands are exactly representable, as Clinger's fast path.
func atofExact(mantissa uint64, exp int, neg bool, flt *floatInfo) (float64, bool) {
	if mantissa>>flt.mantbits != 0 {
		return 0, false
	}
	if flt == &float32info {
		f := float32(mantissa)
		if neg {
			f = -f
		}
		switch {
		case exp == 0:
			return float64(f), true
		case exp > 0 && exp <= 7+10:
			if exp > 10 {
				f *= float32pow10[exp-10]
				exp = 10
			}
			if f > 1e7 || f < -1e7 {
				return 0, false
			}
			return float64(f * float32pow10[exp]), true
		case exp < 0 && exp >= -10:
			return float64(f / float32pow10[-exp]), true
		}
		return 0, false
	}
	f := float64(mantissa)
	if neg {
		f = -f
	}
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp <= 15+22:
		if exp > 22 {
			f *= float64pow10[exp-22]
			exp = 22
		}
		if f > 1e15 || f < -1e15 {
			return 0, false
		}
		return f * float64pow10[exp], true
	case exp < 0 && exp >= -22:
		return f / float64pow10[-exp], true
	}
	return 0, false
}

func atof(s string, flt *floatInfo) (float64, int, error) {
	if val, n, ok := special(s); ok {
		return val, n, nil
	}
	mantissa, exp, neg, trunc, hex, n, ok := readFloat(s)
	if !ok {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	if hex {
		return atofHex(s[:n], flt, mantissa, exp, neg, trunc)
	}
	if !trunc {
		if f, ok := atofExact(mantissa, exp, neg, flt); ok {
			return f, n, nil
		}
	}
	var d decimal
	if !d.set(s[:n]) {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	b, ovf := d.floatBits(flt)
	var f float64
	if flt == &float32info {
		f = float64(math.Float32frombits(uint32(b)))
	} else {
		f = math.Float64frombits(b)
	}
	if ovf {
		return f, n, rangeError(fnParseFloat, s)
	}
	return f, n, nil
}

// set reads the decimal number s (already validated by readFloat) into a.
func (a *decimal) set(s string) bool {
	i := 0
	a.neg = false
	a.trunc = false
	a.d = a.d[:0]
	a.dp = 0
	if i >= len(s) {
		return false
	}
	if s[i] == '+' {
		i++
	} else if s[i] == '-' {
		a.neg = true
		i++
	}
	sawdot, sawdigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' {
			if sawdot {
				return false
			}
			sawdot = true
			a.dp = len(a.d)
			continue
		}
		if '0' <= c && c <= '9' {
			sawdigits = true
			if c == '0' && len(a.d) == 0 {
				a.dp--
				continue
			}
			if len(a.d) < maxDigits {
				a.d = append(a.d, c)
			} else if c != '0' {
				a.trunc = true
			}
			continue
		}
		break
	}
	if !sawdigits {
		return false
	}
	if !sawdot {
		a.dp = len(a.d)
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		if i >= len(s) {
			return false
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		a.dp += e * esign
	}
	if i != len(s) {
		return false
	}
	// Trailing zeros are not significant.
	n := len(a.d)
	for n > 0 && a.d[n-1] == '0' {
		n--
	}
	a.d = a.d[:n]
	if n == 0 {
		a.dp = 0
	}
	return true
}

// powShift[n] is a binary shift that moves a decimal point by at most n places
// without overshooting (2^powShift[n] <= 10^n).
var powShift = [...]int{1, 3, 6, 9, 13, 16, 19, 23, 26}

// floatBits converts a to the nearest float of format flt; overflow reports ±Inf.
func (a *decimal) floatBits(flt *floatInfo) (b uint64, overflow bool) {
	var exp int
	var mant uint64
	switch {
	case len(a.d) == 0:
		exp = flt.bias
	case a.dp > 310:
		overflow = true
	case a.dp < -330:
		exp = flt.bias
	default:
		// Scale to [0.5, 1) by powers of two, counting them in exp.
		for a.dp > 0 {
			n := 27
			if a.dp < len(powShift) {
				n = powShift[a.dp]
			}
			a.shift(-n)
			exp += n
		}
		for a.dp < 0 || a.dp == 0 && a.d[0] < '5' {
			n := 27
			if -a.dp < len(powShift) {
				n = powShift[-a.dp]
			}
			a.shift(n)
			exp -= n
		}
		// Now a in [0.5, 1): value = a × 2^exp = (2a) × 2^(exp-1), 2a in [1, 2).
		exp--
		if exp < flt.bias+1 {
			// Denormal: shift so exp is the minimum.
			n := flt.bias + 1 - exp
			a.shift(-n)
			exp += n
		}
		if exp-flt.bias >= 1<<flt.expbits-1 {
			overflow = true
			break
		}
		a.shift(int(1 + flt.mantbits))
		mant = a.roundedInteger()
		if mant == 2<<flt.mantbits {
			// Rounding carried into a new bit.
			mant >>= 1
			exp++
			if exp-flt.bias >= 1<<flt.expbits-1 {
				overflow = true
				break
			}
		}
		if mant&(1<<flt.mantbits) == 0 {
			exp = flt.bias // denormal
		}
	}
	if overflow {
		mant = 0
		exp = 1<<flt.expbits - 1 + flt.bias
	}
	b = mant & (uint64(1)<<flt.mantbits - 1)
	b |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if a.neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	return b, overflow
}

// atofHex converts the hexadecimal mantissa × 2^exp to the nearest float of format
// flt, rounding half to even; trunc marks dropped nonzero bits (sticky).
func atofHex(s string, flt *floatInfo, mantissa uint64, exp int, neg, trunc bool) (float64, int, error) {
	maxExp := 1<<flt.expbits + flt.bias - 2
	minExp := flt.bias + 1
	exp += int(flt.mantbits)
	// Keep two extra bits (round and sticky) below the mantissa: normalize to
	// 1<<(mantbits+2) <= mantissa < 1<<(mantbits+3).
	for mantissa != 0 && mantissa>>(flt.mantbits+2) == 0 {
		mantissa <<= 1
		exp--
	}
	if trunc {
		mantissa |= 1
	}
	for mantissa>>(1+flt.mantbits+2) != 0 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	for mantissa > 1 && exp < minExp-2 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	round := mantissa & 3
	mantissa >>= 2
	round |= mantissa & 1 // ties to even
	exp += 2
	if round == 3 {
		mantissa++
		if mantissa == 1<<(1+flt.mantbits) {
			mantissa >>= 1
			exp++
		}
	}
	if mantissa>>flt.mantbits == 0 {
		exp = flt.bias
	}
	var err error
	if exp > maxExp {
		mantissa = 1 << flt.mantbits
		exp = maxExp + 1
		err = rangeError(fnParseFloat, s)
	}
	bits := mantissa & (1<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		bits |= 1 << flt.mantbits << flt.expbits
	}
	if flt == &float32info {
		return float64(math.Float32frombits(uint32(bits))), len(s), err
	}
	return math.Float64frombits(bits), len(s), err
}

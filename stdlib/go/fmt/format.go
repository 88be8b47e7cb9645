package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

const (
	signed   = true
	unsigned = false
)

// flags holds the flags of the verb being formatted.
type flags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool

	// %+v and %#v are recorded apart from + and #: they change how values are
	// printed, not how numbers look.
	plusV  bool
	sharpV bool
}

// formatter formats single values (numbers, strings, bytes) into a buffer, honouring
// the flags, width and precision of the current verb.
type formatter struct {
	buf *buffer
	flags
	wid  int
	prec int
	// scratch is reused for building numbers right to left.
	scratch []byte
}

func (f *formatter) clearflags() {
	f.flags = flags{}
	f.wid = 0
	f.prec = 0
}

// scratchBuf returns a scratch slice of length n.
func (f *formatter) scratchBuf(n int) []byte {
	if cap(f.scratch) < n {
		f.scratch = make([]byte, n)
	}
	return f.scratch[:n]
}

// writePadding writes n bytes of padding: zeros if the 0 flag applies, else spaces.
func (f *formatter) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if f.zero && !f.minus {
		c = '0'
	}
	b := *f.buf
	for i := 0; i < n; i++ {
		b = append(b, c)
	}
	*f.buf = b
}

// pad writes b padded to the width (counted in runes).
func (f *formatter) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	width := f.wid - utf8.RuneCount(b)
	if !f.minus {
		f.writePadding(width)
		f.buf.write(b)
	} else {
		f.buf.write(b)
		f.writePadding(width)
	}
}

// padString writes s padded to the width (counted in runes).
func (f *formatter) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	width := f.wid - utf8.RuneCountInString(s)
	if !f.minus {
		f.writePadding(width)
		f.buf.writeString(s)
	} else {
		f.buf.writeString(s)
		f.writePadding(width)
	}
}

func (f *formatter) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats u as "U+0078", or "U+0078 'x'" with the # flag.
func (f *formatter) fmtUnicode(u uint64) {
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
	}
	buf := f.scratchBuf(2 + prec + 2 + 2 + utf8.UTFMax + 1 + 16)
	i := len(buf)
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i--
		buf[i] = '\''
		i--
		buf[i] = ' '
	}
	for u >= 16 {
		i--
		buf[i] = udigits[u&0xF]
		prec--
		u >>= 4
	}
	i--
	buf[i] = udigits[u]
	prec--
	for prec > 0 {
		i--
		buf[i] = '0'
		prec--
	}
	i -= 2
	buf[i], buf[i+1] = 'U', '+'
	oldZero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = oldZero
}

// fmtInteger formats the integer u (two's complement if isSigned) in base with the
// digits alphabet.
func (f *formatter) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	if base == 10 && !f.widPresent && !f.precPresent && !f.plus && !f.space {
		// The common case: plain decimal digits.
		if isSigned {
			*f.buf = strconv.AppendInt(*f.buf, int64(u), 10)
		} else {
			*f.buf = strconv.AppendUint(*f.buf, u, 10)
		}
		return
	}
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	// Room for 64 binary digits, a sign, a 0x prefix and zero padding.
	n := 68
	if f.widPresent || f.precPresent {
		if w := 3 + f.wid + f.prec; w > n {
			n = w
		}
	}
	buf := f.scratchBuf(n)

	prec := 0
	if f.precPresent {
		prec = f.prec
		if prec == 0 && u == 0 {
			// Precision 0 and value 0 print nothing but padding.
			oldZero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = oldZero
			return
		}
	} else if f.zero && !f.minus && f.widPresent {
		// Zero padding to the width, leaving room for the sign.
		prec = f.wid
		if negative || f.plus || f.space {
			prec--
		}
	}

	i := len(buf)
	switch base {
	case 10:
		for u >= 10 {
			i--
			q := u / 10
			buf[i] = byte('0' + u - q*10)
			u = q
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&0xF]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	default:
		panic("fmt: unknown base; can't happen")
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}

	if f.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	if negative {
		i--
		buf[i] = '-'
	} else if f.plus {
		i--
		buf[i] = '+'
	} else if f.space {
		i--
		buf[i] = ' '
	}
	// The zero flag was applied as precision above; pad with spaces.
	oldZero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = oldZero
}

// truncateString cuts s to the precision, counted in runes.
func (f *formatter) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

// truncate cuts b to the precision, counted in runes.
func (f *formatter) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			wid := 1
			if b[i] >= utf8.RuneSelf {
				_, wid = utf8.DecodeRune(b[i:])
			}
			i += wid
		}
	}
	return b
}

func (f *formatter) fmtS(s string) { f.padString(f.truncateString(s)) }

func (f *formatter) fmtBs(b []byte) { f.pad(f.truncate(b)) }

// fmtSbx formats a string or byte slice as hexadecimal: b if it is not nil, else s.
func (f *formatter) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		length = len(s)
	}
	if f.precPresent && f.prec < length {
		length = f.prec
	}
	// Width of the encoding.
	width := 2 * length
	if width > 0 {
		if f.space {
			if f.sharp {
				width *= 2
			}
			width += length - 1
		} else if f.sharp {
			width += 2
		}
	} else {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	buf := *f.buf
	if f.sharp {
		buf = append(buf, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if f.space && i > 0 {
			buf = append(buf, ' ')
			if f.sharp {
				buf = append(buf, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		buf = append(buf, digits[c>>4], digits[c&0xF])
	}
	*f.buf = buf
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

func (f *formatter) fmtSx(s, digits string) { f.fmtSbx(s, nil, digits) }

func (f *formatter) fmtBx(b []byte, digits string) { f.fmtSbx("", b, digits) }

// fmtQ formats a double-quoted, escaped string (or a raw string with # when
// possible; ASCII only with +).
func (f *formatter) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		f.pad(strconv.AppendQuote(nil, s))
	}
}

// fmtC formats the integer c as the character it denotes.
func (f *formatter) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	f.pad(utf8.AppendRune(f.scratchBuf(0), r))
}

// fmtQc formats the integer c as a single-quoted, escaped character literal.
func (f *formatter) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(f.scratchBuf(0), r))
	} else {
		f.pad(strconv.AppendQuoteRune(f.scratchBuf(0), r))
	}
}

// fmtFloat formats v (of size bits) with strconv's verb and default precision prec,
// then applies the sign, # and padding rules.
func (f *formatter) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// num[0] is a sign slot: '+' unless strconv wrote a sign.
	num := strconv.AppendFloat(append(f.scratchBuf(0), '+'), v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		// Infinities and NaN are never zero padded; NaN shows a sign only on demand.
		oldZero := f.zero
		f.zero = false
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.pad(num)
		f.zero = oldZero
		return
	}
	if f.sharp && verb != 'b' {
		// # keeps the decimal point and, for %g/%G/%v/%x, trailing zeros up to the
		// precision.
		digits := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			digits = prec
			if digits == -1 {
				digits = 6
			}
		}
		var tail []byte
		hasDecimalPoint := false
		sawNonzeroDigit := false
	scan:
		for i := 1; i < len(num); i++ {
			switch num[i] {
			case '.':
				hasDecimalPoint = true
			case 'p', 'P':
				tail = append(tail, num[i:]...)
				num = num[:i]
				break scan
			case 'e', 'E':
				if verb != 'x' && verb != 'X' {
					tail = append(tail, num[i:]...)
					num = num[:i]
					break scan
				}
				if num[i] != '0' {
					sawNonzeroDigit = true
				}
				if sawNonzeroDigit {
					digits--
				}
			default:
				if num[i] != '0' {
					sawNonzeroDigit = true
				}
				if sawNonzeroDigit {
					digits--
				}
			}
		}
		if !hasDecimalPoint {
			// The leading zero counts as a digit for 0.
			if len(num) == 2 && num[1] == '0' {
				digits--
			}
			num = append(num, '.')
		}
		for digits > 0 {
			num = append(num, '0')
			digits--
		}
		num = append(num, tail...)
	}
	if f.plus || num[0] != '+' {
		// A sign is shown; zero padding goes between it and the digits.
		if f.zero && !f.minus && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}

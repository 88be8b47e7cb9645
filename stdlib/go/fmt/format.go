package fmt

import (
	"strconv"
	"unicode/utf8"
)

// Padding.

// pad appends text, padded to the width (counted in runes) with spaces, or with
// zeros on the left when the 0 flag is set.
func (p *printer) pad(text []byte) {
	fill := 0
	if p.hasWid {
		fill = p.wid - utf8.RuneCount(text)
	}
	if fill > 0 && !p.minus {
		p.fill(fill)
	}
	p.buf = append(p.buf, text...)
	if fill > 0 && p.minus {
		p.fill(fill)
	}
}

func (p *printer) padString(text string) {
	fill := 0
	if p.hasWid {
		fill = p.wid - utf8.RuneCountInString(text)
	}
	if fill > 0 && !p.minus {
		p.fill(fill)
	}
	p.buf = append(p.buf, text...)
	if fill > 0 && p.minus {
		p.fill(fill)
	}
}

func (p *printer) fill(n int) {
	c := byte(' ')
	if p.zero && !p.minus {
		c = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

// padNoZero pads with spaces whatever the 0 flag says (numbers put their zeros in
// themselves).
func (p *printer) padNoZero(text []byte) {
	saved := p.zero
	p.zero = false
	p.pad(text)
	p.zero = saved
}

// Booleans and integers.

func (p *printer) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		if v {
			p.padString("true")
		} else {
			p.padString("false")
		}
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtInt(u uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV && !signed {
			p.fmtHex0x(u, true)
		} else {
			p.intText(u, 10, signed, verb, false)
		}
	case 'd':
		p.intText(u, 10, signed, verb, false)
	case 'b':
		p.intText(u, 2, signed, verb, false)
	case 'o', 'O':
		p.intText(u, 8, signed, verb, false)
	case 'x':
		p.intText(u, 16, signed, verb, false)
	case 'X':
		p.intText(u, 16, signed, verb, true)
	case 'c':
		p.pad(utf8.AppendRune(nil, toRune(u)))
	case 'q':
		p.fmtQuotedRune(toRune(u))
	case 'U':
		p.fmtUnicode(u)
	default:
		p.badVerb(verb)
	}
}

// toRune is u as a code point, U+FFFD when out of range.
func toRune(u uint64) rune {
	if u > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(u)
}

// fmtHex0x prints u in lower-case hex, with a 0x prefix if asked.
func (p *printer) fmtHex0x(u uint64, prefix bool) {
	saved := p.sharp
	p.sharp = prefix
	p.intText(u, 16, false, 'v', false)
	p.sharp = saved
}

const digitChars = "0123456789abcdef0123456789ABCDEF"

// intText prints an integer: sign, base prefix (# flag, %O), at least precision
// digits (the 0 flag with a width asks for as many digits as fit), then padding.
func (p *printer) intText(u uint64, base uint64, signed bool, verb rune, upper bool) {
	negative := signed && int64(u) < 0
	if negative {
		u = -u
	}
	minDigits := 1
	if p.hasPrec {
		minDigits = p.prec
		if minDigits == 0 && u == 0 {
			// An explicit zero precision prints no digits at all.
			saved := p.zero
			p.zero = false
			p.fill(p.wid)
			p.zero = saved
			return
		}
	} else if p.zero && !p.minus && p.hasWid {
		minDigits = p.wid
		if negative || p.plus || p.space {
			minDigits-- // room for the sign
		}
	}
	digits := digitChars[:16]
	if upper {
		digits = digitChars[16:]
	}
	var tmp [70]byte
	at := len(tmp)
	for {
		at--
		tmp[at] = digits[u%base]
		u /= base
		if u == 0 {
			break
		}
	}
	for len(tmp)-at < minDigits && at > 4 {
		at--
		tmp[at] = '0'
	}
	if minDigits > len(tmp)-4 {
		// A huge precision: the digits do not fit the scratch buffer.
		long := make([]byte, 0, minDigits+4)
		for n := len(tmp) - at; n < minDigits; n++ {
			long = append(long, '0')
		}
		long = append(long, tmp[at:]...)
		p.intPrefixAndPad(long, base, negative, verb, upper)
		return
	}
	p.intPrefixAndPad(tmp[at:], base, negative, verb, upper)
}

func (p *printer) intPrefixAndPad(num []byte, base uint64, negative bool, verb rune, upper bool) {
	prefix := ""
	if p.sharp {
		switch base {
		case 2:
			prefix = "0b"
		case 8:
			if num[0] != '0' {
				prefix = "0"
			}
		case 16:
			prefix = "0x"
			if upper {
				prefix = "0X"
			}
		}
	}
	if verb == 'O' {
		prefix = "0o" + prefix // %#O keeps the # flag's leading 0 too: 0o017
	}
	sign := ""
	switch {
	case negative:
		sign = "-"
	case p.plus:
		sign = "+"
	case p.space:
		sign = " "
	}
	if sign == "" && prefix == "" {
		p.padNoZero(num)
		return
	}
	text := make([]byte, 0, len(sign)+len(prefix)+len(num))
	text = append(text, sign...)
	text = append(text, prefix...)
	text = append(text, num...)
	p.padNoZero(text)
}

func (p *printer) fmtQuotedRune(r rune) {
	if p.plus {
		p.pad(strconv.AppendQuoteRuneToASCII(nil, r))
	} else {
		p.pad(strconv.AppendQuoteRune(nil, r))
	}
}

// fmtUnicode prints U+hex with at least four digits (more if the precision says so),
// and with # the character itself when it is printable.
func (p *printer) fmtUnicode(u uint64) {
	hex := strconv.FormatUint(u, 16)
	minDigits := 4
	if p.hasPrec && p.prec > 4 {
		minDigits = p.prec
	}
	text := []byte("U+")
	for n := len(hex); n < minDigits; n++ {
		text = append(text, '0')
	}
	for i := 0; i < len(hex); i++ {
		c := hex[i]
		if 'a' <= c && c <= 'f' {
			c -= 'a' - 'A'
		}
		text = append(text, c)
	}
	if p.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		text = append(text, " '"...)
		text = utf8.AppendRune(text, rune(u))
		text = append(text, '\'')
	}
	p.padNoZero(text)
}

// Floating point.

func (p *printer) fmtFloatVerb(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E', 'F':
		p.fmtFloat(v, size, verb, 6)
	default:
		p.badVerb(verb)
	}
}

// complexVerbs are the verbs a complex number accepts.
var complexVerbs = [utf8.RuneSelf]bool{'v': true, 'b': true, 'g': true, 'G': true, 'x': true, 'X': true, 'f': true, 'F': true, 'e': true, 'E': true}

func (p *printer) fmtComplexVerb(v complex128, size int, verb rune) {
	if verb >= utf8.RuneSelf || !complexVerbs[verb] {
		p.badVerb(verb)
		return
	}
	saved := p.plus
	p.buf = append(p.buf, '(')
	p.fmtFloatVerb(real(v), size/2, verb)
	p.plus = true // the imaginary part always shows its sign
	p.fmtFloatVerb(imag(v), size/2, verb)
	p.buf = append(p.buf, "i)"...)
	p.plus = saved
}

// fmtFloat prints v with strconv's format verb and precision (the directive's
// precision wins), then applies the flags.
func (p *printer) fmtFloat(v float64, size int, verb rune, prec int) {
	if p.hasPrec {
		prec = p.prec
	}
	conv := byte(verb)
	if conv == 'F' {
		conv = 'f'
	}
	// num[0] holds the sign, num[1:] the unsigned text.
	num := strconv.AppendFloat([]byte{'+'}, v, conv, prec, size)
	switch num[1] {
	case '-', '+': // strconv wrote a sign itself (negative numbers, +Inf)
		num = num[1:]
	}
	if p.space && num[0] == '+' && !p.plus {
		num[0] = ' '
	}
	if v-v != 0 { // NaN or an infinity
		nan := v != v
		// Infinities keep their sign; NaN shows one only when a flag asks.
		if nan && !p.space && !p.plus {
			num = num[1:]
		}
		p.padNoZero(num)
		return
	}
	if p.sharp && verb != 'b' {
		num = keepPoint(num, verb, prec)
	}
	if p.plus || num[0] != '+' {
		if p.zero && !p.minus && p.hasWid && p.wid > len(num) {
			// Zeros go between the sign and the digits.
			p.buf = append(p.buf, num[0])
			p.fill(p.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}

// keepPoint applies the # flag to a formatted float (num[0] is the sign): the
// decimal point always shows, and %g, %x (not %X) keep trailing zeros up to the
// precision (six significant digits when none was given; for %x the x counts as one).
func keepPoint(num []byte, verb rune, prec int) []byte {
	want := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		want = prec
		if want == -1 {
			want = 6
		}
	}
	// Split off the exponent: p always, e only for the decimal formats.
	hex := verb == 'x' || verb == 'X' // e and E are digits there
	cut := len(num)
scan:
	for at := 1; at < len(num); at++ {
		switch num[at] {
		case 'p', 'P':
			cut = at
			break scan
		case 'e', 'E':
			if !hex {
				cut = at
				break scan
			}
		}
	}
	tail := append([]byte(nil), num[cut:]...)
	num = num[:cut]
	dot := false
	significant := false
	for _, c := range num[1:] {
		if c == '.' {
			dot = true
			continue
		}
		if c != '0' {
			significant = true // digits count from the first one that is not 0
		}
		if significant {
			want--
		}
	}
	if !dot {
		if string(num[1:]) == "0" {
			want-- // a lone 0 is one digit
		}
		num = append(num, '.')
	}
	for ; want > 0; want-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}

// Strings and byte slices.

func (p *printer) fmtString(s string, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV {
			p.fmtQ(s)
		} else {
			p.fmtS(s)
		}
	case 's':
		p.fmtS(s)
	case 'x':
		p.fmtHexBytes(s, false)
	case 'X':
		p.fmtHexBytes(s, true)
	case 'q':
		p.fmtQ(s)
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtBytes(b []byte, verb rune, typeName string) {
	switch verb {
	case 'v', 'd':
		if p.sharpV {
			p.buf = append(p.buf, typeName...)
			if b == nil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range b {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.fmtHex0x(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
			return
		}
		p.buf = append(p.buf, '[')
		for i, c := range b {
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			p.intText(uint64(c), 10, false, verb, false)
		}
		p.buf = append(p.buf, ']')
	case 's':
		p.fmtS(string(b))
	case 'x':
		p.fmtHexBytes(string(b), false)
	case 'X':
		p.fmtHexBytes(string(b), true)
	case 'q':
		p.fmtQ(string(b))
	default:
		p.printValue(b, verb, 0, true)
	}
}

// truncate cuts s to the precision, counted in runes.
func (p *printer) truncate(s string) string {
	if !p.hasPrec {
		return s
	}
	n := 0
	for i := range s {
		if n == p.prec {
			return s[:i]
		}
		n++
	}
	return s
}

func (p *printer) fmtS(s string) {
	p.padString(p.truncate(s))
}

// fmtQ prints s quoted: backquoted with # when possible, ASCII-only with +.
func (p *printer) fmtQ(s string) {
	s = p.truncate(s)
	switch {
	case p.sharp && strconv.CanBackquote(s):
		p.padString("`" + s + "`")
	case p.plus:
		p.pad(strconv.AppendQuoteToASCII(nil, s))
	default:
		p.pad(strconv.AppendQuote(nil, s))
	}
}

// fmtHexBytes prints two hex digits per byte of s (the precision counts bytes here);
// the space flag separates bytes and the # flag prefixes 0x once, or to every byte
// when they are separated.
func (p *printer) fmtHexBytes(s string, upper bool) {
	if p.hasPrec && p.prec < len(s) {
		s = s[:p.prec]
	}
	digits := digitChars[:16]
	x := byte('x')
	if upper {
		digits = digitChars[16:]
		x = 'X'
	}
	text := make([]byte, 0, 5*len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && p.space {
			text = append(text, ' ')
		}
		if p.sharp && (i == 0 || p.space) {
			text = append(text, '0', x)
		}
		text = append(text, digits[s[i]>>4], digits[s[i]&15])
	}
	p.pad(text)
}

package strconv

import "unicode/utf8"

const lowerhex = "0123456789abcdef"

// The one-letter escapes: escapeLetters[i] stands for escapeValues[i].
const (
	escapeLetters = "abfnrtv\\"
	escapeValues  = "\a\b\f\n\r\t\v\\"
)

// keep says which runes a quoting function writes as they are.
type keep int

const (
	keepPrintable keep = iota // IsPrint
	keepASCII                 // printable ASCII only
	keepGraphic               // IsGraphic
)

// Quote returns s as a double-quoted Go string literal, escaping control characters,
// non-printable characters (IsPrint) and invalid UTF-8 bytes.
func Quote(s string) string { return string(appendQuoted(nil, s, '"', keepPrintable)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', keepPrintable) }

// QuoteToASCII is Quote escaping every non-ASCII character too.
func QuoteToASCII(s string) string { return string(appendQuoted(nil, s, '"', keepASCII)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepASCII)
}

// QuoteToGraphic is Quote leaving every graphic character (IsGraphic) unescaped.
func QuoteToGraphic(s string) string { return string(appendQuoted(nil, s, '"', keepGraphic)) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepGraphic)
}

// QuoteRune returns r as a single-quoted Go character literal; an invalid rune becomes
// U+FFFD.
func QuoteRune(r rune) string { return string(appendQuotedRune(nil, r, keepPrintable)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, keepPrintable) }

// QuoteRuneToASCII is QuoteRune escaping any non-ASCII character.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRune(nil, r, keepASCII)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepASCII)
}

// QuoteRuneToGraphic is QuoteRune leaving graphic characters unescaped.
func QuoteRuneToGraphic(r rune) string { return string(appendQuotedRune(nil, r, keepGraphic)) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepGraphic)
}

func appendQuoted(buf []byte, s string, quote byte, k keep) []byte {
	buf = append(buf, quote)
	for i, r := range s {
		if r == utf8.RuneError && !isEncodedFFFD(s[i:]) { // a byte that is not UTF-8
			buf = append(buf, '\\', 'x', lowerhex[s[i]>>4], lowerhex[s[i]&15])
			continue
		}
		buf = appendRuneLiteral(buf, r, quote, k)
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, k keep) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = append(buf, '\'')
	buf = appendRuneLiteral(buf, r, '\'', k)
	return append(buf, '\'')
}

// shown reports whether r is written as itself under k.
func (k keep) shown(r rune) bool {
	switch k {
	case keepASCII:
		return r < utf8.RuneSelf && IsPrint(r)
	case keepGraphic:
		return IsGraphic(r)
	}
	return IsPrint(r)
}

// appendRuneLiteral writes r as it appears inside a literal quoted by quote.
func appendRuneLiteral(buf []byte, r rune, quote byte, k keep) []byte {
	if r == '\\' || r == rune(quote) {
		return append(buf, '\\', byte(r))
	}
	if k.shown(r) {
		if r < utf8.RuneSelf {
			return append(buf, byte(r))
		}
		return append(buf, string(r)...)
	}
	for i := 0; i < len(escapeValues)-1; i++ {
		if rune(escapeValues[i]) == r {
			return append(buf, '\\', escapeLetters[i])
		}
	}
	width := 0
	switch {
	case r < 0x20 || r == 0x7f:
		buf, width = append(buf, '\\', 'x'), 2
	case !utf8.ValidRune(r):
		r = utf8.RuneError
		fallthrough
	case r <= 0xffff:
		buf, width = append(buf, '\\', 'u'), 4
	default:
		buf, width = append(buf, '\\', 'U'), 8
	}
	for shift := 4 * (width - 1); shift >= 0; shift -= 4 {
		buf = append(buf, lowerhex[(r>>uint(shift))&15])
	}
	return buf
}

// CanBackquote reports whether s could be written unchanged between backquotes on one
// line: valid UTF-8 with no control characters except tab, no backquote and no byte
// order mark.
func CanBackquote(s string) bool {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !isEncodedFFFD(s[i:]):
			return false // a byte that is not UTF-8
		case r == '\t':
		case r < 0x20, r == 0x7f, r == '`', r == 0xfeff:
			return false
		}
	}
	return true
}

// leadingRune splits off the non-ASCII character s starts with; an invalid byte counts
// as one U+FFFD. multibyte is always true.
func leadingRune(s string) (value rune, multibyte bool, tail string, err error) {
	for _, r := range s {
		width := utf8.RuneLen(r)
		if r == utf8.RuneError && !isEncodedFFFD(s) {
			width = 1
		}
		return r, true, s[width:], nil
	}
	return 0, false, "", ErrSyntax
}

// isEncodedFFFD reports whether s starts with the UTF-8 encoding of U+FFFD (rather
// than an invalid byte, which ranging over a string also reports as U+FFFD).
func isEncodedFFFD(s string) bool { return len(s) >= 3 && s[:3] == "\uFFFD" }

func hexValue(c byte) (rune, bool) {
	d := digitValue(c)
	return rune(d), d < 16
}

// UnquoteChar decodes the first character (or escape sequence) of the body of a quoted
// literal: its value, whether it must be written as a multibyte UTF-8 sequence, and the
// rest of s. quote (', " or 0) is the literal's quote: unescaped it is an error, and
// escaped it is the only quote escape allowed.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	if c := s[0]; c != '\\' {
		switch {
		case (c == '"' || c == '\'') && c == quote:
			return 0, false, "", ErrSyntax
		case c < utf8.RuneSelf:
			return rune(c), false, s[1:], nil
		}
		return leadingRune(s)
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	e, rest := s[1], s[2:]
	for i := 0; i < len(escapeLetters); i++ {
		if escapeLetters[i] == e {
			return rune(escapeValues[i]), false, rest, nil
		}
	}
	width := 0
	switch e {
	case '\'', '"':
		if e != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(e), false, rest, nil
	case 'x':
		width = 2
	case 'u':
		width = 4
	case 'U':
		width = 8
	default:
		// Three octal digits, at most \377.
		if e < '0' || e > '7' || len(rest) < 2 {
			return 0, false, "", ErrSyntax
		}
		v := rune(e - '0')
		for _, d := range []byte(rest[:2]) {
			if d < '0' || d > '7' {
				return 0, false, "", ErrSyntax
			}
			v = v*8 + rune(d-'0')
		}
		if v > 0xff {
			return 0, false, "", ErrSyntax
		}
		return v, false, rest[2:], nil
	}
	if len(rest) < width {
		return 0, false, "", ErrSyntax
	}
	var v rune
	for i := 0; i < width; i++ {
		d, ok := hexValue(rest[i])
		if !ok {
			return 0, false, "", ErrSyntax
		}
		v = v*16 + d
	}
	if e == 'x' {
		return v, false, rest[width:], nil
	}
	if !utf8.ValidRune(v) {
		return 0, false, "", ErrSyntax
	}
	return v, true, rest[width:], nil
}

// QuotedPrefix returns the quoted literal (quotes included) that s starts with.
func QuotedPrefix(s string) (string, error) {
	lit, _, err := scanQuoted(s, false)
	return lit, err
}

// Unquote returns the value of s, a single-, double- or back-quoted Go literal (a
// character literal gives a one-character string).
func Unquote(s string) (string, error) {
	v, rest, err := scanQuoted(s, true)
	if err == nil && rest != "" {
		return "", ErrSyntax
	}
	return v, err
}

// scanQuoted reads the quoted literal at the start of s and returns its value (or, if
// !decode, the literal text) and what follows it.
func scanQuoted(s string, decode bool) (string, string, error) {
	if len(s) < 2 {
		return "", s, ErrSyntax
	}
	q := s[0]
	switch q {
	case '`':
		for i := 1; i < len(s); i++ {
			if s[i] != '`' {
				continue
			}
			lit, rest := s[:i+1], s[i+1:]
			if !decode {
				return lit, rest, nil
			}
			return withoutCR(lit[1:i]), rest, nil
		}
		return "", s, ErrSyntax
	case '"':
		// Common case: no escapes and valid UTF-8 up to the closing quote.
		for i := 1; i < len(s); i++ {
			c := s[i]
			if c == '\\' || c == '\n' {
				break
			}
			if c == '"' {
				if !utf8.ValidString(s[1:i]) {
					break
				}
				if decode {
					return s[1:i], s[i+1:], nil
				}
				return s[:i+1], s[i+1:], nil
			}
		}
	case '\'':
	default:
		return "", s, ErrSyntax
	}
	var out []byte
	i, chars := 1, 0
	for {
		if i >= len(s) || s[i] == '\n' || q == '\'' && chars == 1 && s[i] != q {
			return "", s, ErrSyntax
		}
		if s[i] == q {
			break
		}
		r, multi, tail, err := UnquoteChar(s[i:], q)
		if err != nil {
			return "", s, ErrSyntax
		}
		i = len(s) - len(tail)
		chars++
		if !decode {
			continue
		}
		if multi {
			out = utf8.AppendRune(out, r)
		} else {
			out = append(out, byte(r))
		}
	}
	if decode {
		return string(out), s[i+1:], nil
	}
	return s[:i+1], s[i+1:], nil
}

// withoutCR drops the carriage returns of a raw string's body.
func withoutCR(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			n++
		}
	}
	if n == 0 {
		return s
	}
	b := make([]byte, 0, len(s)-n)
	for i := 0; i < len(s); i++ {
		if s[i] != '\r' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

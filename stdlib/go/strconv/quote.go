package strconv

import "unicode/utf8"

const lowerhex = "0123456789abcdef"

// Quote returns a double-quoted Go string literal representing s. The returned string
// uses Go escape sequences (\t, \n, \xFF, \u0100) for control characters and
// non-printable characters as defined by IsPrint.
func Quote(s string) string { return string(appendQuoted(nil, s, '"', false, false)) }

// AppendQuote appends a double-quoted Go string literal representing s, as generated
// by Quote, to dst and returns the extended buffer.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', false, false) }

// QuoteToASCII returns a double-quoted Go string literal representing s, escaping
// every non-ASCII character.
func QuoteToASCII(s string) string { return string(appendQuoted(nil, s, '"', true, false)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true, false)
}

// QuoteToGraphic returns a double-quoted Go string literal representing s, leaving
// Unicode graphic characters (IsGraphic) unescaped.
func QuoteToGraphic(s string) string { return string(appendQuoted(nil, s, '"', false, true)) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, true)
}

// QuoteRune returns a single-quoted Go character literal representing the rune. An
// invalid rune is quoted as the replacement character U+FFFD.
func QuoteRune(r rune) string { return string(appendQuotedRune(nil, r, false, false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, false, false) }

// QuoteRuneToASCII returns a single-quoted Go character literal representing the rune,
// escaping any non-ASCII character.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRune(nil, r, true, false)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, true, false)
}

// QuoteRuneToGraphic returns a single-quoted Go character literal representing the
// rune, leaving graphic characters unescaped.
func QuoteRuneToGraphic(r rune) string { return string(appendQuotedRune(nil, r, false, true)) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, false, true)
}

func appendQuoted(buf []byte, s string, quote byte, ascii, graphic bool) []byte {
	buf = append(buf, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			buf = appendEscapedRune(buf, rune(c), quote, ascii, graphic)
			i++
			continue
		}
		r, width := utf8.DecodeRuneInString(s[i:])
		if width == 1 {
			// An invalid byte: show it as such.
			buf = append(buf, '\\', 'x', lowerhex[c>>4], lowerhex[c&15])
			i++
			continue
		}
		buf = appendEscapedRune(buf, r, quote, ascii, graphic)
		i += width
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, ascii, graphic bool) []byte {
	buf = append(buf, '\'')
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, '\'', ascii, graphic)
	return append(buf, '\'')
}

func appendEscapedRune(buf []byte, r rune, quote byte, ascii, graphic bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if ascii {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphic && isGraphicExtra(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7f:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&15])
	case !utf8.ValidRune(r):
		r = 0xFFFD
	}
	if r < 0x10000 {
		buf = append(buf, '\\', 'u')
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&15])
		}
		return buf
	}
	buf = append(buf, '\\', 'U')
	for s := 28; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&15])
	}
	return buf
}

// CanBackquote reports whether the string s can be represented unchanged as a
// single-line backquoted string without control characters other than tab.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false // byte order marks are invisible
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func unhex(b byte) (rune, bool) {
	c := rune(b)
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

// UnquoteChar decodes the first character or byte in the escaped string or character
// literal represented by the string s. It returns the decoded character, whether it
// needs a multibyte UTF-8 encoding, the rest of the string, and ErrSyntax for invalid
// input. quote is the enclosing quote character: an unescaped quote is an error, and
// an escaped one of the other kind too.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	switch {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v // a single byte
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// QuotedPrefix returns the quoted string (with its quotes) at the start of s, or
// ErrSyntax if s does not start with one.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string
// literal, returning the string value that s quotes. (If s is single-quoted, it would
// be a Go character literal; Unquote returns the corresponding one-character string.)
func Unquote(s string) (string, error) {
	out, rem, err := unquote(s, true)
	if len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// unquote parses the quoted literal at the start of in; with unescape it returns its
// value, otherwise the literal itself. rem is the rest of in.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := indexByte(in[1:], quote)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2 // after the closing quote, if there are no escapes
	switch quote {
	case '`':
		switch {
		case !unescape:
			out = in[:end]
		case indexByte(in[:end], '\r') < 0:
			out = in[1 : end-1]
		default:
			// Carriage returns are dropped from raw strings.
			buf := make([]byte, 0, end-2)
			for i := 1; i < end-1; i++ {
				if in[i] != '\r' {
					buf = append(buf, in[i])
				}
			}
			out = string(buf)
		}
		return out, in[end:], nil
	case '"', '\'':
		if indexByte(in[:end], '\\') < 0 && indexByte(in[:end], '\n') < 0 {
			// No escapes: valid if the contents are valid UTF-8 (one rune for '').
			var valid bool
			if quote == '"' {
				valid = utf8.ValidString(in[1 : end-1])
			} else {
				r, n := utf8.DecodeRuneInString(in[1 : end-1])
				valid = 1+n+1 == end && (r != utf8.RuneError || n != 1)
			}
			if valid {
				out = in[:end]
				if unescape {
					out = out[1 : end-1]
				}
				return out, in[end:], nil
			}
		}
		var buf []byte
		in0 := in
		in = in[1:]
		for len(in) > 0 && in[0] != quote {
			r, multibyte, rest, err := UnquoteChar(in, quote)
			if in[0] == '\n' || err != nil {
				return "", in0, ErrSyntax
			}
			in = rest
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				break
			}
		}
		if !(len(in) > 0 && in[0] == quote) {
			return "", in0, ErrSyntax
		}
		in = in[1:]
		if unescape {
			return string(buf), in, nil
		}
		return in0[:len(in0)-len(in)], in, nil
	}
	return "", in, ErrSyntax
}

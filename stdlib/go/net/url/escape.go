package url

import (
	"strconv"
	"strings"
)

// Percent-encoding. Which bytes stay literal depends on the URL component being
// written (RFC 3986 sections 2 and 3); the modes below name the components.
type mode int

const (
	modePath           mode = iota // a whole path: '/' ';' ',' stay, '?' is escaped
	modePathSegment                // one path segment: '/' ';' ',' '?' are escaped
	modeHost                       // a host name or IP literal
	modeZone                       // the zone of an IPv6 literal after "%25"
	modeUserPassword               // user name or password in the authority
	modeQueryComponent             // a key or value of a query: every reserved byte is escaped
	modeFragment                   // a fragment
)

// EscapeError is a malformed or disallowed percent-escape (the text quoted).
type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

// InvalidHostError is a byte that may not appear in a host name.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

// keptLiteral lists, for each component, the bytes besides letters, digits and
// "-_.~" that are written without escaping there.
var keptLiteral = [...]string{
	modePath:           "$&+,/:;=@",
	modePathSegment:    "$&+:=@",
	modeHost:           "!$&'()*+,;=:[]<>\"",
	modeZone:           "!$&'()*+,;=:[]<>\"",
	modeUserPassword:   "$&+,;=",
	modeQueryComponent: "",
	modeFragment:       "!$&()*+,/:;=?@",
}

// needsEscape reports whether byte c must be percent-encoded in the component m.
func needsEscape(c byte, m mode) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return false
	case c == '-' || c == '_' || c == '.' || c == '~':
		return false
	}
	return strings.IndexByte(keptLiteral[m], c) < 0
}

const upperHex = "0123456789ABCDEF"

// escape percent-encodes the bytes of s that need it in component m; in a query
// component a space becomes '+'.
func escape(s string, m mode) string {
	extra := 0 // bytes added by %XX escapes
	spaces := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if needsEscape(c, m) {
			if c == ' ' && m == modeQueryComponent {
				spaces++
			} else {
				extra += 2
			}
		}
	}
	if extra == 0 && spaces == 0 {
		return s
	}
	out := make([]byte, 0, len(s)+extra)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case !needsEscape(c, m):
			out = append(out, c)
		case c == ' ' && m == modeQueryComponent:
			out = append(out, '+')
		default:
			out = append(out, '%', upperHex[c>>4], upperHex[c&15])
		}
	}
	return string(out)
}

// hexDigit is the value of the hexadecimal digit c.
func hexDigit(c byte) (byte, bool) {
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

// escapedByte decodes the escape at the start of s ("%XY").
func escapedByte(s string) (byte, bool) {
	if len(s) < 3 {
		return 0, false
	}
	hi, ok1 := hexDigit(s[1])
	lo, ok2 := hexDigit(s[2])
	return hi<<4 | lo, ok1 && ok2
}

// checkEscape validates the escape at the start of s for component m: two hex
// digits must follow the '%'. In a host only non-ASCII bytes may be escaped (RFC
// 3986 3.2.2), besides "%25" which starts an IPv6 zone (RFC 6874); a zone may
// escape anything a host keeps literally, and spaces.
func checkEscape(s string, m mode) error {
	v, ok := escapedByte(s)
	e := s[:min(3, len(s))]
	switch {
	case !ok:
	case e == "%25", m != modeHost && m != modeZone:
		return nil
	case m == modeHost && v >= 0x80:
		return nil
	case m == modeZone && (v == ' ' || !needsEscape(v, modeHost)):
		return nil
	}
	return EscapeError(e)
}

// unescape decodes the percent-escapes of s (and '+' as a space in a query
// component), validating them for component m.
func unescape(s string, m mode) (string, error) {
	hostLike := m == modeHost || m == modeZone
	changed := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if err := checkEscape(s[i:], m); err != nil {
				return "", err
			}
			changed = true
			i += 2
		case c == '+':
			changed = changed || m == modeQueryComponent
		case hostLike && c < 0x80 && needsEscape(c, m):
			return "", InvalidHostError(string(c))
		}
	}
	if !changed {
		return s, nil
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			v, _ := escapedByte(s[i:])
			out = append(out, v)
			i += 2
		case c == '+' && m == modeQueryComponent:
			out = append(out, ' ')
		default:
			out = append(out, c)
		}
	}
	return string(out), nil
}

// QueryEscape encodes s for use as a query key or value (a space becomes '+').
func QueryEscape(s string) string { return escape(s, modeQueryComponent) }

// QueryUnescape decodes "%XY" escapes and '+' (a space); a '%' not followed by
// two hex digits is an error.
func QueryUnescape(s string) (string, error) { return unescape(s, modeQueryComponent) }

// PathEscape encodes s for use as one path segment ('/' is escaped too).
func PathEscape(s string) string { return escape(s, modePathSegment) }

// PathUnescape decodes "%XY" escapes as QueryUnescape does but leaves '+' alone.
func PathUnescape(s string) (string, error) { return unescape(s, modePathSegment) }

// validEncoded reports whether s is an acceptable already-encoded form of a
// component m: every byte either is allowed literally there or is one of the
// reserved characters that an encoder may leave alone.
func validEncoded(s string, m mode) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '%':
			continue
		}
		if needsEscape(s[i], m) {
			return false
		}
	}
	return true
}

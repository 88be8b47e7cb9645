package url

import (
	"strconv"
	"strings"
)

// Percent-encoding. Which bytes stay literal depends on the URL component being
// written (RFC 3986 sections 2 and 3); the modes below name the components.
type mode int

const (
	modePath          mode = iota // a whole path: '/' ';' ',' stay, '?' is escaped
	modePathSegment               // one path segment: '/' ';' ',' '?' are escaped
	modeHost                      // a host name or IP literal
	modeZone                      // the zone of an IPv6 literal after "%25"
	modeUserPassword              // user name or password in the authority
	modeQueryComponent            // a key or value of a query: every reserved byte is escaped
	modeFragment                  // a fragment
)

// EscapeError reports a malformed percent-escape.
type EscapeError string

func (e EscapeError) Error() string {
	return "invalid URL escape " + strconv.Quote(string(e))
}

// InvalidHostError reports a byte that may not appear in a host name.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// needsEscape reports whether byte c must be percent-encoded in the component m.
func needsEscape(c byte, m mode) bool {
	if isAlnum(c) {
		return false
	}
	switch c {
	case '-', '_', '.', '~': // unreserved everywhere
		return false
	}
	if m == modeHost || m == modeZone {
		// Host names keep the sub-delimiters, the IP-literal brackets and the port
		// colon; Go also keeps '<', '>' and '"' there.
		return !strings.ContainsRune("!$&'()*+,;=:[]<>\"", rune(c))
	}
	switch c {
	case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
		switch m {
		case modePath:
			return c == '?'
		case modePathSegment:
			return c == '/' || c == ';' || c == ',' || c == '?'
		case modeUserPassword:
			return c == '@' || c == '/' || c == '?' || c == ':'
		case modeQueryComponent:
			return true
		case modeFragment:
			return false
		}
	}
	if m == modeFragment {
		switch c {
		case '!', '(', ')', '*':
			return false
		}
	}
	return true
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

func hexVal(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// unescape decodes the percent-escapes of s (and '+' as a space in a query
// component), validating them for component m.
func unescape(s string, m mode) (string, error) {
	changed := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '%':
			changed = true
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				bad := s[i:]
				if len(bad) > 3 {
					bad = bad[:3]
				}
				return "", EscapeError(bad)
			}
			// In a host, an escape may only stand for a non-ASCII byte (RFC 6874 and
			// RFC 3986 section 3.2.2); "%25" introduces an IPv6 zone.
			if m == modeHost && hexVal(s[i+1]) < 8 && s[i:i+3] != "%25" {
				return "", EscapeError(s[i : i+3])
			}
			if m == modeZone {
				// Zones may hold any escape of an unreserved or non-ASCII byte; the
				// leading "%25" is the zone separator itself.
				v := hexVal(s[i+1])<<4 | hexVal(s[i+2])
				if s[i:i+3] != "%25" && v != ' ' && needsEscape(v, modeHost) {
					return "", EscapeError(s[i : i+3])
				}
			}
			i += 2
		case '+':
			if m == modeQueryComponent {
				changed = true
			}
		default:
			if (m == modeHost || m == modeZone) && c < 0x80 && needsEscape(c, m) {
				return "", InvalidHostError(s[i : i+1])
			}
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
			out = append(out, hexVal(s[i+1])<<4|hexVal(s[i+2]))
			i += 2
		case c == '+' && m == modeQueryComponent:
			out = append(out, ' ')
		default:
			out = append(out, c)
		}
	}
	return string(out), nil
}

// QueryEscape escapes the string so it can be safely placed inside a URL query.
func QueryEscape(s string) string { return escape(s, modeQueryComponent) }

// QueryUnescape does the inverse transformation of QueryEscape, converting each
// 3-byte encoded substring of the form "%AB" into the hex-decoded byte 0xAB and '+'
// into ' '. It returns an error if any % is not followed by two hexadecimal digits.
func QueryUnescape(s string) (string, error) { return unescape(s, modeQueryComponent) }

// PathEscape escapes the string so it can be safely placed inside a URL path
// segment, replacing special characters (including /) with %XX sequences as needed.
func PathEscape(s string) string { return escape(s, modePathSegment) }

// PathUnescape does the inverse transformation of PathEscape, converting each 3-byte
// encoded substring of the form "%AB" into the hex-decoded byte 0xAB. It returns an
// error if any % is not followed by two hexadecimal digits. PathUnescape is identical
// to QueryUnescape except that it does not unescape '+' to ' ' (space).
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

package mime

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

var (
	// ErrInvalidMediaParameter: ParseMediaType read the media type but not its
	// parameters (the type is returned with this error).
	ErrInvalidMediaParameter = errors.New("mime: invalid media parameter")

	// Go's texts for a malformed media type or parameter list.
	errNoMediaType    = errors.New("mime: no media type")
	errNoSlash        = errors.New("mime: expected slash after first token")
	errNoSubtype      = errors.New("mime: expected token after slash")
	errAfterSubtype   = errors.New("mime: unexpected content after media subtype")
	errDuplicateParam = errors.New("mime: duplicate parameter name")
)

// isTSpecial reports whether c is one of RFC 2045's tspecials.
func isTSpecial(c byte) bool {
	return strings.IndexByte(`()<>@,;:\"/[]?=`, c) >= 0
}

// isTokenChar reports whether c may appear in an RFC 2045 token.
func isTokenChar(c byte) bool {
	return c > ' ' && c < 0x7f && !isTSpecial(c)
}

func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isTokenChar(s[i]) {
			return false
		}
	}
	return true
}

// leadingToken returns the longest prefix of s made of token characters.
func leadingToken(s string) (tok, rest string) {
	i := 0
	for i < len(s) && isTokenChar(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

func skipSpace(s string) string {
	return strings.TrimLeft(s, " \t\r\n")
}

// FormatMediaType writes "type/subtype; name=value; ..." (RFC 2045, 2616, 2231)
// with the type and names lower-cased and names sorted; values are written as
// tokens, quoted strings or, when not ASCII, RFC 2231 encoded. It returns "" when
// the type or a name is not a valid token.
func FormatMediaType(t string, param map[string]string) string {
	var b strings.Builder
	t = strings.ToLower(t) // only tokens are accepted, and they are ASCII
	major, sub, hasSlash := strings.Cut(t, "/")
	if !isToken(major) || hasSlash && !isToken(sub) {
		return ""
	}
	b.WriteString(t)
	keys := make([]string, 0, len(param))
	for k := range param {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := param[k]
		if !isToken(k) {
			return ""
		}
		b.WriteString("; ")
		b.WriteString(strings.ToLower(k))
		if needsExtendedValue(v) {
			// RFC 2231 extended value: charset, empty language, percent-encoding.
			b.WriteString("*=utf-8''")
			for i := 0; i < len(v); i++ {
				c := v[i]
				if isTokenChar(c) && c != '*' && c != '\'' && c != '%' {
					b.WriteByte(c)
				} else {
					b.WriteByte('%')
					b.WriteByte("0123456789ABCDEF"[c>>4])
					b.WriteByte("0123456789ABCDEF"[c&15])
				}
			}
			continue
		}
		b.WriteByte('=')
		if isToken(v) {
			b.WriteString(v)
			continue
		}
		b.WriteByte('"')
		for i := 0; i < len(v); i++ {
			if v[i] == '"' || v[i] == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(v[i])
		}
		b.WriteByte('"')
	}
	return b.String()
}

// needsExtendedValue reports whether v cannot be written as a quoted string: it has
// non-ASCII bytes or control characters other than tab.
func needsExtendedValue(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= 0x80 || c < ' ' && c != '\t' || c == 0x7f {
			return true
		}
	}
	return false
}

// ParseMediaType parses a Content-Type or Content-Disposition value (RFC 1521,
// 2183, 2231): it returns the trimmed, lower-cased media type and a non-nil map
// from lower-cased parameter names to their values (quoted strings unquoted,
// RFC 2231 continuations and encodings decoded). Bad parameters give the media
// type with ErrInvalidMediaParameter.
func ParseMediaType(v string) (mediatype string, params map[string]string, err error) {
	base, after, hasParams := strings.Cut(v, ";")
	mediatype = strings.ToLower(strings.TrimSpace(base))
	if err := checkMediaType(mediatype); err != nil {
		return "", nil, err
	}
	if params, err = parseParams(after, hasParams); err != nil {
		if err == ErrInvalidMediaParameter {
			return mediatype, nil, err
		}
		return "", nil, err
	}
	return mediatype, params, nil
}

// parseParams parses the "; name=value" list that followed the first ';' of a
// media type (present tells whether there was one).
func parseParams(after string, present bool) (map[string]string, error) {
	params := map[string]string{}
	rest := ""
	if present {
		rest = ";" + after
	}
	// Parameters of the extended forms of RFC 2231 ("name*", "name*0", "name*1*")
	// are collected per base name and assembled at the end.
	var pieces map[string]map[string]string
	for {
		rest = skipSpace(rest)
		if rest == "" {
			break
		}
		key, value, next, ok := nextParam(rest)
		if !ok {
			if tail := strings.TrimSpace(rest); tail == ";" {
				break // a trailing semicolon is tolerated
			}
			return nil, ErrInvalidMediaParameter
		}
		rest = next
		dest := params
		if base, suffix, ext := strings.Cut(key, "*"); ext {
			if pieces == nil {
				pieces = make(map[string]map[string]string)
			}
			if pieces[base] == nil {
				pieces[base] = make(map[string]string)
			}
			dest = pieces[base]
			key = suffix
		}
		if _, dup := dest[key]; dup {
			return nil, errDuplicateParam
		}
		dest[key] = value
	}

	for base, parts := range pieces {
		if v, ok := parts[""]; ok {
			if decoded, ok := decodeExtendedValue(v); ok {
				params[base] = decoded
			}
			continue
		}
		var b strings.Builder
		found := false
		for n := 0; ; n++ {
			idx := itoa(n)
			if raw, ok := parts[idx]; ok {
				found = true
				b.WriteString(raw)
				continue
			}
			enc, ok := parts[idx+"*"]
			if !ok {
				break
			}
			found = true
			if n == 0 {
				if decoded, ok := decodeExtendedValue(enc); ok {
					b.WriteString(decoded)
				}
			} else if decoded, err := percentDecode(enc); err == nil {
				b.WriteString(decoded)
			}
		}
		if found {
			params[base] = b.String()
		}
	}
	return params, nil
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func checkMediaType(t string) error {
	major, rest := leadingToken(t)
	switch {
	case major == "":
		return errNoMediaType
	case rest == "":
		return nil
	case rest[0] != '/':
		return errNoSlash
	}
	sub, rest := leadingToken(rest[1:])
	switch {
	case sub == "":
		return errNoSubtype
	case rest != "":
		return errAfterSubtype
	}
	return nil
}

// nextParam parses "; key=value" at the start of s (which starts with ';'),
// returning the lower-cased key, the value (unquoted) and what follows.
func nextParam(s string) (key, value, rest string, ok bool) {
	if s == "" || s[0] != ';' {
		return "", "", s, false
	}
	s = skipSpace(s[1:])
	key, s = leadingToken(s)
	if key == "" {
		return "", "", s, false
	}
	s = skipSpace(s)
	if s == "" || s[0] != '=' {
		return "", "", s, false
	}
	s = skipSpace(s[1:])
	value, s, ok = paramValue(s)
	if !ok {
		return "", "", s, false
	}
	return strings.ToLower(key), value, s, true
}

// paramValue parses a token or a quoted string.
func paramValue(s string) (value, rest string, ok bool) {
	if s == "" {
		return "", s, false
	}
	if s[0] != '"' {
		tok, rest := leadingToken(s)
		return tok, rest, tok != ""
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), s[i+1:], true
		case c == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\'):
			// Only \" and \\ are escapes: browsers send Windows paths
			// ("C:\dir\file") unescaped in quoted file names.
			b.WriteByte(s[i+1])
			i++
		case c == '\r' || c == '\n':
			return "", s, false
		default:
			b.WriteByte(c)
		}
	}
	return "", s, false
}

// decodeExtendedValue decodes an RFC 2231 "charset'language'percent-encoded" value;
// only UTF-8 and US-ASCII are understood.
func decodeExtendedValue(v string) (string, bool) {
	parts := strings.SplitN(v, "'", 3)
	if len(parts) != 3 {
		return "", false
	}
	switch strings.ToLower(parts[0]) {
	case "us-ascii", "utf-8":
	default:
		return "", false
	}
	decoded, err := percentDecode(parts[2])
	if err != nil {
		return "", false
	}
	return decoded, true
}

func percentDecode(s string) (string, error) {
	if strings.IndexByte(s, '%') < 0 {
		return s, nil
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			out = append(out, s[i])
			continue
		}
		escape := s[i:min(i+3, len(s))]
		v, err := strconv.ParseUint(escape[1:], 16, 8)
		if len(escape) < 3 || err != nil {
			return "", errors.New("mime: bogus characters after %: " + quoteRunes(escape))
		}
		out = append(out, byte(v))
		i += 2
	}
	return string(out), nil
}

func quoteRunes(s string) string {
	if utf8.ValidString(s) {
		return `"` + s + `"`
	}
	return `"` + strings.ToValidUTF8(s, "\uFFFD") + `"`
}

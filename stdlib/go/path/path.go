// Package path handles forward-slash paths such as those in URLs, purely as text
// (no file system access, no drive letters or backslashes).
package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// Clean returns the shortest path name equivalent to path by purely lexical
// processing: runs of slashes become one, "." elements go, an inner ".." removes the
// element before it, and ".." elements at the start of a rooted path go. The result
// ends in a slash only if it is the root "/". Clean of the empty string is ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	// out collects the kept elements; dotdots counts leading ".." elements of a
	// relative path, which cannot be removed.
	out := make([]byte, 0, len(path))
	if rooted {
		out = append(out, '/')
	}
	base := len(out) // out[:base] is never removed
	dotdots := 0
	for i := 0; i < len(path); {
		elem := path[i:]
		if n := strings.IndexByte(elem, '/'); n >= 0 {
			elem = elem[:n]
		}
		i += len(elem) + 1
		switch elem {
		case "", ".":
			continue
		case "..":
			if len(out) > base {
				// drop the last kept element (and its separator)
				k := len(out) - 1
				for k >= base && out[k] != '/' {
					k--
				}
				if k < base {
					k = base
				}
				out = out[:k]
				continue
			}
			if rooted {
				continue
			}
			// a leading ".." of a relative path stays
			if len(out) > 0 {
				out = append(out, '/')
			}
			out = append(out, ".."...)
			dotdots++
			base = len(out)
			continue
		}
		if len(out) > 0 && out[len(out)-1] != '/' {
			out = append(out, '/')
		}
		out = append(out, elem...)
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split cuts path after its last slash: dir keeps the slash, dir+file == path.
func Split(path string) (dir, file string) {
	i := strings.LastIndexByte(path, '/')
	return path[:i+1], path[i+1:]
}

// Join puts slashes between the non-empty elements and cleans the result; with no
// non-empty element it returns "".
func Join(elem ...string) string {
	n := 0
	for _, e := range elem {
		n += len(e) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, e := range elem {
		if e == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('/')
		}
		b.WriteString(e)
	}
	if b.Len() == 0 {
		return ""
	}
	return Clean(b.String())
}

// Ext is the suffix of the last element from its last dot on ("" without a dot).
func Ext(path string) string {
	dot := strings.LastIndexByte(path, '.')
	if dot < 0 || strings.LastIndexByte(path, '/') > dot {
		return ""
	}
	return path[dot:]
}

// Base is the last element after trailing slashes are dropped; "" gives "." and
// a path of only slashes gives "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	trimmed := strings.TrimRight(path, "/")
	if trimmed == "" {
		return "/"
	}
	return trimmed[strings.LastIndexByte(trimmed, '/')+1:]
}

// IsAbs tells whether path starts with a slash.
func IsAbs(path string) bool { return strings.HasPrefix(path, "/") }

// Dir is Clean of everything up to the last slash ("." when there is none).
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match's error for a malformed pattern.
var (
	ErrBadPattern = errors.New("syntax error in pattern")
)

// Match tells whether the shell pattern matches all of name. In a pattern, * stands
// for any run of non-slash characters, ? for one non-slash character, [set] or
// [^set] for one character in (or not in) a non-empty set of characters and lo-hi
// ranges, and a backslash makes the next character literal (also inside sets).
// A malformed pattern gives ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
	// The whole pattern is validated first, so that a malformed pattern is reported
	// whatever the name.
	if err := validatePattern(pattern); err != nil {
		return false, err
	}
	return matchHere(pattern, name), nil
}

// validatePattern reports ErrBadPattern for an unterminated class, an empty class, a
// bad range or a trailing backslash.
func validatePattern(p string) error {
	for i := 0; i < len(p); {
		switch p[i] {
		case '\\':
			if i+1 >= len(p) {
				return ErrBadPattern
			}
			_, w := utf8.DecodeRuneInString(p[i+1:])
			i += 1 + w
		case '[':
			n, ok := classLen(p[i:])
			if !ok {
				return ErrBadPattern
			}
			i += n
		default:
			i++
		}
	}
	return nil
}

// classLen returns the length of the character class at the start of p ("[...]") and
// whether it is well formed.
func classLen(p string) (int, bool) {
	i := 1
	if i < len(p) && p[i] == '^' {
		i++
	}
	ranges := 0
	for {
		if i >= len(p) {
			return 0, false
		}
		if p[i] == ']' && ranges > 0 {
			return i + 1, true
		}
		// One character, or a lo-hi range (a reversed range is legal and
		// matches nothing).
		_, n, ok := classChar(p[i:])
		if !ok {
			return 0, false
		}
		i += n
		if i < len(p) && p[i] == '-' {
			_, m, ok := classChar(p[i+1:])
			if !ok {
				return 0, false
			}
			i += 1 + m
		}
		ranges++
	}
}

// classChar reads one (possibly escaped) character of a class.
func classChar(p string) (r rune, n int, ok bool) {
	if p == "" || p[0] == '-' || p[0] == ']' {
		return 0, 0, false
	}
	if p[0] == '\\' {
		if len(p) < 2 {
			return 0, 0, false
		}
		r, w := utf8.DecodeRuneInString(p[1:])
		return r, 1 + w, true
	}
	r, w := utf8.DecodeRuneInString(p)
	return r, w, true
}

// matchHere matches a validated pattern against all of name.
func matchHere(p, name string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			if p == "" {
				return strings.IndexByte(name, '/') < 0
			}
			// try every split of name that stays within one path element
			for i := 0; i <= len(name); i++ {
				if matchHere(p, name[i:]) {
					return true
				}
				if i < len(name) && name[i] == '/' {
					return false
				}
			}
			return false
		case '?':
			if name == "" || name[0] == '/' {
				return false
			}
			_, w := utf8.DecodeRuneInString(name)
			name = name[w:]
			p = p[1:]
		case '[':
			if name == "" || name[0] == '/' {
				return false
			}
			n, _ := classLen(p)
			c, w := utf8.DecodeRuneInString(name)
			if !classMatch(p[1:n-1], c) {
				return false
			}
			name = name[w:]
			p = p[n:]
		case '\\':
			r, w := utf8.DecodeRuneInString(p[1:])
			c, cw := utf8.DecodeRuneInString(name)
			if name == "" || c != r {
				return false
			}
			name = name[cw:]
			p = p[1+w:]
		default:
			r, w := utf8.DecodeRuneInString(p)
			c, cw := utf8.DecodeRuneInString(name)
			if name == "" || c != r {
				return false
			}
			name = name[cw:]
			p = p[w:]
		}
	}
	return name == ""
}

// classMatch reports whether c is in the class body (without its brackets).
func classMatch(body string, c rune) bool {
	negate := false
	if body != "" && body[0] == '^' {
		negate = true
		body = body[1:]
	}
	in := false
	for body != "" {
		lo, n, _ := classChar(body)
		body = body[n:]
		hi := lo
		if body != "" && body[0] == '-' {
			var m int
			hi, m, _ = classChar(body[1:])
			body = body[1+m:]
		}
		if lo <= c && c <= hi {
			in = true
		}
	}
	return in != negate
}

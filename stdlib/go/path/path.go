// Package path implements utility routines for manipulating slash-separated paths.
//
// The path package should only be used for paths separated by forward slashes, such
// as the paths in URLs. It does not deal with Windows paths with drive letters or
// backslashes; to manipulate operating system paths, use package path/filepath.
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
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j + 1
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

// Split splits path immediately following the final slash, separating it into a
// directory and file name component. If there is no slash in path, Split returns an
// empty dir and file set to path. The returned values have the property that
// path = dir+file.
func Split(path string) (dir, file string) {
	i := strings.LastIndexByte(path, '/')
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating them with
// slashes. Empty elements are ignored. The result is Cleaned. However, if the argument
// list is empty or all its elements are empty, Join returns an empty string.
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

// Ext returns the file name extension used by path: the suffix beginning at the final
// dot in the final slash-separated element of path; it is empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed before
// extracting the last element. If the path is empty, Base returns ".". If the path
// consists entirely of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if path == "" {
		return "/"
	}
	return path[strings.LastIndexByte(path, '/')+1:]
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's directory. After
// dropping the final element using Split, the path is Cleaned and trailing slashes are
// removed. If the path is empty, Dir returns ".". If the path consists entirely of
// slashes followed by non-slash bytes, Dir returns a single slash.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern. The pattern syntax is:
//
//	pattern:
//		{ term }
//	term:
//		'*'         matches any sequence of non-/ characters
//		'?'         matches any single non-/ character
//		'[' [ '^' ] { character-range } ']'
//		            character class (must be non-empty)
//		c           matches character c (c != '*', '?', '\\', '[')
//		'\\' c      matches character c
//
//	character-range:
//		c           matches character c (c != '\\', '-', ']')
//		'\\' c      matches character c
//		lo '-' hi   matches character c for lo <= c <= hi
//
// Match requires pattern to match all of name, not just a substring. The only possible
// returned error is ErrBadPattern, when pattern is malformed.
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
		lo, n, ok := classChar(p[i:])
		if !ok {
			return 0, false
		}
		i += n
		hi := lo
		if i < len(p) && p[i] == '-' {
			var m int
			hi, m, ok = classChar(p[i+1:])
			if !ok {
				return 0, false
			}
			i += 1 + m
			if hi < lo {
				return 0, false
			}
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


// Package bytes works on byte slices holding (mostly) UTF-8 text.
//
// Byte searches are natives. Functions whose answer is a position, a truth value or a
// subslice read the slice through a string view (asString) and reuse package strings.
// Results that are subslices keep pointing into the argument; the others are new.
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Index is the offset of the first sep in s, or -1.
func Index(s, sep []byte) int

// LastIndex is the offset of the last sep in s, or -1.
func LastIndex(s, sep []byte) int

// IndexByte is the offset of the first c in b, or -1.
func IndexByte(b []byte, c byte) int

// LastIndexByte is the offset of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int

// Count counts the non-overlapping sep in s; an empty sep counts the runes plus one.
func Count(s, sep []byte) int

// Equal reports whether a and b hold the same bytes (nil equals empty).
func Equal(a, b []byte) bool

// Compare orders byte slices lexically: -1, 0 or +1.
func Compare(a, b []byte) int

// asciiCase is s with ASCII letters in upper or lower case, in a new slice; ok is
// false when s has a byte outside ASCII.
func asciiCase(s []byte, upper bool) (t []byte, ok bool)

// asString views b as a string without copying. The view must not outlive the call
// that made it, nor see b change.
func asString(b []byte) string

// leftTrimmed is the suffix of s as long as rest, or nil when rest is empty (trimming
// from the left gives nil rather than an empty slice).
func leftTrimmed(s []byte, rest string) []byte {
	if rest == "" {
		return nil
	}
	return s[len(s)-len(rest):]
}

func Contains(b, sub []byte) bool                   { return Index(b, sub) >= 0 }
func ContainsAny(b []byte, chars string) bool       { return IndexAny(b, chars) >= 0 }
func ContainsRune(b []byte, r rune) bool            { return IndexRune(b, r) >= 0 }
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

func IndexRune(s []byte, r rune) int            { return strings.IndexRune(asString(s), r) }
func IndexAny(s []byte, chars string) int       { return strings.IndexAny(asString(s), chars) }
func LastIndexAny(s []byte, chars string) int   { return strings.LastIndexAny(asString(s), chars) }
func IndexFunc(s []byte, f func(rune) bool) int { return strings.IndexFunc(asString(s), f) }
func LastIndexFunc(s []byte, f func(rune) bool) int {
	return strings.LastIndexFunc(asString(s), f)
}

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(asString(s), asString(t)) }

func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

func HasSuffix(s, suffix []byte) bool {
	cut := len(s) - len(suffix)
	return cut >= 0 && Equal(s[cut:], suffix)
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func Cut(s, sep []byte) (before, after []byte, found bool) {
	if at := Index(s, sep); at >= 0 {
		return s[:at], s[at+len(sep):], true
	}
	return s, nil, false
}

func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if HasPrefix(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if cut := len(s) - len(suffix); cut >= 0 && Equal(s[cut:], suffix) {
		return s[:cut], true
	}
	return s, false
}

// Trim drops leading and trailing runes that occur in cutset; nil if nothing is left.
func Trim(s []byte, cutset string) []byte {
	v := asString(s)
	return leftTrimmed(s[:len(strings.TrimRight(v, cutset))], strings.Trim(v, cutset))
}

// TrimLeft drops leading runes that occur in cutset; nil if nothing is left.
func TrimLeft(s []byte, cutset string) []byte {
	return leftTrimmed(s, strings.TrimLeft(asString(s), cutset))
}

// TrimRight drops trailing runes that occur in cutset.
func TrimRight(s []byte, cutset string) []byte {
	return s[:len(strings.TrimRight(asString(s), cutset))]
}

// TrimFunc drops leading and trailing runes r with f(r); nil if nothing is left.
func TrimFunc(s []byte, f func(rune) bool) []byte {
	return TrimLeftFunc(TrimRightFunc(s, f), f)
}

// TrimLeftFunc drops leading runes r with f(r); nil if nothing is left.
func TrimLeftFunc(s []byte, f func(rune) bool) []byte {
	return leftTrimmed(s, strings.TrimLeftFunc(asString(s), f))
}

// TrimRightFunc drops trailing runes r with f(r).
func TrimRightFunc(s []byte, f func(rune) bool) []byte {
	return s[:len(strings.TrimRightFunc(asString(s), f))]
}

// TrimSpace drops leading and trailing white space; nil if nothing is left.
func TrimSpace(s []byte) []byte {
	v := asString(s)
	t := strings.TrimSpace(v)
	if t == "" {
		return nil
	}
	start := len(strings.TrimLeftFunc(v, unicode.IsSpace))
	start = len(v) - start
	return s[start : start+len(t)]
}

// Split cuts s at every sep; the pieces are subslices of s. An empty sep cuts after
// every UTF-8 sequence.
func Split(s, sep []byte) [][]byte { return split(s, sep, false, -1) }

// SplitAfter cuts s after every sep.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, true, -1) }

// SplitN is Split producing at most n pieces (all if n < 0, none if n == 0).
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, false, n) }

// SplitAfterN is SplitAfter producing at most n pieces.
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, true, n) }

// split returns pieces capped at their length (appending to one never overwrites the
// next), except the last, which is the rest of s.
func split(s, sep []byte, keepSep bool, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		// One piece per UTF-8 sequence, at most n (or len(s)) of them; when that
		// limit is reached, the last piece is the uncapped rest.
		limit := len(s)
		if n > 0 && n < limit {
			limit = n
		}
		pieces := make([][]byte, 0, limit)
		for len(s) > 0 {
			if len(pieces) == limit-1 {
				return append(pieces, s)
			}
			_, size := utf8.DecodeRune(s)
			pieces = append(pieces, s[:size:size])
			s = s[size:]
		}
		return pieces
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	keep := 0
	if keepSep {
		keep = len(sep)
	}
	pieces := make([][]byte, 0, n)
	for len(pieces) < n-1 {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		end := at + keep
		pieces = append(pieces, s[:end:end])
		s = s[at+len(sep):]
	}
	return append(pieces, s)
}

// Fields cuts s around runs of Unicode white space; pieces are capped subslices.
func Fields(s []byte) [][]byte { return fields(s, nil) }

// FieldsFunc cuts s around runs of runes r with f(r).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte { return fields(s, f) }

// fields splits at runes r with f(r), or at white space when f is nil.
func fields(s []byte, f func(rune) bool) [][]byte {
	fields := make([][]byte, 0, 4)
	start := -1
	for at := 0; at <= len(s); {
		sep, size := true, 1
		if at < len(s) {
			r := rune(s[at])
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRune(s[at:])
			}
			switch {
			case f != nil:
				sep = f(r)
			case r < utf8.RuneSelf:
				sep = r == ' ' || '\t' <= r && r <= '\r'
			default:
				sep = unicode.IsSpace(r)
			}
		}
		if !sep && start < 0 {
			start = at
		} else if sep && start >= 0 {
			fields = append(fields, s[start:at:at])
			start = -1
		}
		at += size
	}
	return fields
}

// Join puts sep between the elements of s, in a new slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return dup(s[0])
	}
	size := len(sep) * (len(s) - 1)
	for _, e := range s {
		size += len(e)
	}
	out := make([]byte, 0, size)
	out = append(out, s[0]...)
	for _, e := range s[1:] {
		out = append(out, sep...)
		out = append(out, e...)
	}
	return out
}

// Repeat is count copies of b; a negative count or a too long result panics.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if count > 0 && len(b) > maxInt/count {
		panic("bytes: Repeat output length overflow")
	}
	total := len(b) * count
	if total == 0 {
		return []byte{}
	}
	out := make([]byte, len(b), total)
	copy(out, b)
	for len(out) < total {
		more := len(out)
		if more > total-len(out) {
			more = total - len(out)
		}
		out = append(out, out[:more]...)
	}
	return out
}

const maxInt = 1<<63 - 1

// Replace is a copy of s with the first n non-overlapping old replaced by new (all if
// n < 0). An empty old matches at the start and after each UTF-8 sequence.
func Replace(s, old, new []byte, n int) []byte {
	found := 0
	if n != 0 {
		found = Count(s, old)
	}
	if found == 0 {
		return dup(s)
	}
	if n < 0 || n > found {
		n = found
	}
	out := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	done := 0
	for i := 0; i < n; i++ {
		at := done
		if len(old) == 0 {
			if i > 0 {
				_, size := utf8.DecodeRune(s[done:])
				at += size
			}
		} else {
			at += Index(s[done:], old)
		}
		out = append(out, s[done:at]...)
		out = append(out, new...)
		done = at + len(old)
	}
	return append(out, s[done:]...)
}

// ReplaceAll is a copy of s with every non-overlapping old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// fresh copies text into a new, non-nil slice.
func fresh(text string) []byte {
	out := make([]byte, len(text))
	copy(out, text)
	return out
}

// Map applies mapping to each rune of s into a new slice, dropping runes mapped to a
// negative value; invalid bytes reach mapping as utf8.RuneError.
func Map(mapping func(rune) rune, s []byte) []byte {
	return fresh(strings.Map(mapping, asString(s)))
}

func ToUpper(s []byte) []byte { return changeCase(s, true) }
func ToLower(s []byte) []byte { return changeCase(s, false) }

// changeCase is ToUpper or ToLower: ASCII text natively, the rest rune by rune;
// the result is always new memory.
func changeCase(s []byte, upper bool) []byte {
	if t, ok := asciiCase(s, upper); ok && t != nil {
		return t
	}
	to := unicode.ToLower
	if upper {
		to = unicode.ToUpper
	}
	return Map(to, s)
}

// dup copies b into new memory (nil when b is empty).
func dup(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	c := make([]byte, len(b))
	copy(c, b)
	return c
}

func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// Title maps the first letter of each word to title case (see strings.Title).
func Title(s []byte) []byte { return fresh(strings.Title(asString(s))) }

// ToValidUTF8 is a copy of s with each run of invalid bytes replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	return fresh(strings.ToValidUTF8(asString(s), string(replacement)))
}

// Runes decodes s into a new slice of runes.
func Runes(s []byte) []rune {
	out := make([]rune, 0, utf8.RuneCount(s))
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		out = append(out, r)
		s = s[size:]
	}
	return out
}

// Clone copies b into new memory; nil stays nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

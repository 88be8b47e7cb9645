// Package strings works on UTF-8 text held in strings.
//
// The byte searches (Index, LastIndex, IndexByte, LastIndexByte, Count) are natives;
// everything that looks at runes or calls a function value is Go.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Index is the offset of the first substr in s, or -1.
func Index(s, substr string) int

// LastIndex is the offset of the last substr in s, or -1.
func LastIndex(s, substr string) int

// IndexByte is the offset of the first c in s, or -1.
func IndexByte(s string, c byte) int

// LastIndexByte is the offset of the last c in s, or -1.
func LastIndexByte(s string, c byte) int

// Count counts the non-overlapping substr in s; an empty substr counts the runes of s
// plus one.
func Count(s, substr string) int

// asciiCase maps the ASCII letters of s to upper or lower case; ok is false when s has
// a byte outside ASCII. The result is s itself if nothing changes.
func asciiCase(s string, upper bool) (t string, ok bool)

// bytesToString makes a string of b without copying; b must never change afterwards.
func bytesToString(b []byte) string

func Contains(s, substr string) bool                { return Index(s, substr) >= 0 }
func ContainsAny(s, chars string) bool              { return IndexAny(s, chars) >= 0 }
func ContainsRune(s string, r rune) bool            { return IndexRune(s, r) >= 0 }
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// IndexRune is the offset of the first r in s, or -1. utf8.RuneError also finds the
// first invalid byte; a rune outside Unicode is never found.
func IndexRune(s string, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	if r == utf8.RuneError {
		for at, c := range s {
			if c == r {
				return at
			}
		}
		return -1
	}
	if !utf8.ValidRune(r) {
		return -1
	}
	return Index(s, string(r))
}

// runeSet answers membership in a set of runes given as a string; the ASCII members
// live in a bitmap, the others are looked up in the string.
type runeSet struct {
	ascii [2]uint64
	wide  string // members at or above utf8.RuneSelf (and invalid bytes), as text
}

func newRuneSet(chars string) runeSet {
	var rs runeSet
	for i := range len(chars) {
		if c := chars[i]; c < utf8.RuneSelf {
			rs.ascii[c>>6] |= 1 << (c & 63)
		} else if rs.wide == "" {
			rs.wide = chars[i:]
		}
	}
	return rs
}

func (rs *runeSet) has(r rune) bool {
	if r&^0x7f == 0 { // ASCII
		return rs.ascii[r>>6]&(1<<(uint(r)&63)) != 0
	}
	return rs.wide != "" && IndexRune(rs.wide, r) >= 0
}

// IndexAny is the offset of the first rune of s that occurs in chars, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	if len(chars) == 1 && chars[0] < utf8.RuneSelf {
		return IndexByte(s, chars[0])
	}
	set := newRuneSet(chars)
	for at, r := range s {
		if set.has(r) {
			return at
		}
	}
	return -1
}

// LastIndexAny is the offset of the last rune of s that occurs in chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	if len(chars) == 1 && chars[0] < utf8.RuneSelf {
		return LastIndexByte(s, chars[0])
	}
	set := newRuneSet(chars)
	for end := len(s); end > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		end -= n
		if set.has(r) {
			return end
		}
	}
	return -1
}

// IndexFunc is the offset of the first rune r of s with f(r), or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for at, r := range s {
		if f(r) {
			return at
		}
	}
	return -1
}

// LastIndexFunc is the offset of the last rune r of s with f(r), or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for end := len(s); end > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		end -= n
		if f(r) {
			return end
		}
	}
	return -1
}

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func HasSuffix(s, suffix string) bool {
	cut := len(s) - len(suffix)
	return cut >= 0 && s[cut:] == suffix
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func Cut(s, sep string) (before, after string, found bool) {
	if at := Index(s, sep); at >= 0 {
		return s[:at], s[at+len(sep):], true
	}
	return s, "", false
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if HasPrefix(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if cut := len(s) - len(suffix); cut >= 0 && s[cut:] == suffix {
		return s[:cut], true
	}
	return s, false
}

// Compare orders strings bytewise: -1, 0 or +1.
func Compare(a, b string) int {
	switch {
	case a == b:
		return 0
	case a < b:
		return -1
	}
	return 1
}

// Clone returns a copy of s in new memory.
func Clone(s string) string {
	if s == "" {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return bytesToString(b)
}

// Split cuts s at every sep. An empty sep cuts after every UTF-8 sequence.
func Split(s, sep string) []string { return split(s, sep, false, -1) }

// SplitAfter cuts s after every sep, which stays at the end of each piece.
func SplitAfter(s, sep string) []string { return split(s, sep, true, -1) }

// SplitN is Split producing at most n pieces (all if n < 0, none if n == 0).
func SplitN(s, sep string, n int) []string { return split(s, sep, false, n) }

// SplitAfterN is SplitAfter producing at most n pieces.
func SplitAfterN(s, sep string, n int) []string { return split(s, sep, true, n) }

func split(s, sep string, keepSep bool, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return splitRunes(s, n)
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
	pieces := make([]string, 0, n)
	for len(pieces) < n-1 {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		pieces = append(pieces, s[:at+keep])
		s = s[at+len(sep):]
	}
	return append(pieces, s)
}

// splitRunes cuts s into its UTF-8 sequences, at most n of them (n < 0: all); an
// invalid byte is a piece of its own, and the last piece holds whatever remains.
func splitRunes(s string, n int) []string {
	count := utf8.RuneCountInString(s)
	if n < 0 || n > count {
		n = count
	}
	pieces := make([]string, 0, n)
	start := 0
	for at := range s { // at: where each rune (or invalid byte) starts
		if at == start {
			continue
		}
		if len(pieces) == n-1 {
			break
		}
		pieces = append(pieces, s[start:at])
		start = at
	}
	if n > 0 {
		pieces = append(pieces, s[start:])
	}
	return pieces
}

// isASCIISpace marks '\t', '\n', '\v', '\f', '\r' and ' '.
var isASCIISpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// unicodeFields is Fields for text that is not all ASCII.
func unicodeFields(s string) []string {
	fields := []string{}
	start := -1 // where the current field began
	for at, r := range s {
		switch space := unicode.IsSpace(r); {
		case space && start >= 0:
			fields = append(fields, s[start:at])
			start = -1
		case !space && start < 0:
			start = at
		}
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	return fields
}

// Fields cuts s around each run of Unicode white space; the result has no empty strings.
func Fields(s string) []string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return unicodeFields(s)
		}
	}
	n := 0
	inField := false
	for i := 0; i < len(s); i++ {
		space := isASCIISpace[s[i]]
		if !space && !inField {
			n++
		}
		inField = !space
	}
	fields := make([]string, n)
	k, start := 0, -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || isASCIISpace[s[i]] {
			if start >= 0 {
				fields[k] = s[start:i]
				k++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return fields
}

// FieldsFunc cuts s around each run of runes r with f(r); the result has no empty
// strings.
func FieldsFunc(s string, f func(rune) bool) []string {
	fields := make([]string, 0, 8)
	start := -1
	for at, r := range s {
		if f(r) {
			if start >= 0 {
				fields = append(fields, s[start:at])
				start = -1
			}
		} else if start < 0 {
			start = at
		}
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	return fields
}

// Join puts sep between the elements of elems.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	size := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		size += len(e)
	}
	b := make([]byte, 0, size)
	b = append(b, elems[0]...)
	for _, e := range elems[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return bytesToString(b)
}

// Repeat is count copies of s; a negative count or a too long result panics.
func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if count == 0 || s == "" {
		return ""
	}
	if len(s) > maxInt/count {
		panic("strings: Repeat output length overflow")
	}
	total := len(s) * count
	b := make([]byte, len(s), total)
	copy(b, s)
	for len(b) < total {
		// Double what is there, never past the total.
		more := len(b)
		if more > total-len(b) {
			more = total - len(b)
		}
		b = append(b, b[:more]...)
	}
	return bytesToString(b)
}

const maxInt = 1<<63 - 1 // int is 64 bits on minigo's one target (linux/amd64)

// Replace replaces the first n non-overlapping old in s by new (all if n < 0). An
// empty old matches at the start and after each UTF-8 sequence.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	found := Count(s, old)
	if found == 0 {
		return s
	}
	if n < 0 || n > found {
		n = found
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	done := 0 // s[:done] is handled
	for i := 0; i < n; i++ {
		at := done
		if old == "" {
			if i > 0 {
				_, size := utf8.DecodeRuneInString(s[done:])
				at += size
			}
		} else {
			at += Index(s[done:], old)
		}
		b = append(b, s[done:at]...)
		b = append(b, new...)
		done = at + len(old)
	}
	b = append(b, s[done:]...)
	return bytesToString(b)
}

// ReplaceAll replaces every non-overlapping old in s by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Map applies mapping to each rune of s, dropping those mapped to a negative value.
// Invalid bytes reach mapping as utf8.RuneError and come out encoded.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	for at, r := range s {
		m := mapping(r)
		if b == nil {
			if m == r && (r != utf8.RuneError || isEncodedFFFD(s, at)) {
				continue
			}
			// First change: copy what came before.
			b = make([]byte, at, len(s)+utf8.UTFMax)
			copy(b, s[:at])
		}
		if m >= 0 {
			b = utf8.AppendRune(b, m)
		}
	}
	if b == nil {
		return s
	}
	return bytesToString(b)
}

// isEncodedFFFD reports whether s holds a literal U+FFFD (not an invalid byte) at at.
func isEncodedFFFD(s string, at int) bool {
	return len(s)-at >= 3 && s[at:at+3] == "\uFFFD"
}

// ToUpper maps every rune of s to upper case.
func ToUpper(s string) string {
	if t, ok := asciiCase(s, true); ok {
		return t
	}
	return mapCase(s, true)
}

// ToLower maps every rune of s to lower case.
func ToLower(s string) string {
	if t, ok := asciiCase(s, false); ok {
		return t
	}
	return mapCase(s, false)
}

// mapCase is ToUpper or ToLower for text that is not all ASCII.
func mapCase(s string, upper bool) string {
	to := unicode.ToLower
	if upper {
		to = unicode.ToUpper
	}
	return Map(to, s)
}

// ToTitle maps every rune of s to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// Title maps the first letter of each word to title case (deprecated in Go: it does not
// know Unicode word boundaries). Words are separated by ASCII characters other than
// letters, digits and '_', and by Unicode white space.
func Title(s string) string {
	b := make([]byte, 0, len(s))
	atStart := true
	for _, r := range s {
		if atStart {
			b = utf8.AppendRune(b, unicode.ToTitle(r))
		} else {
			b = utf8.AppendRune(b, r)
		}
		atStart = separatesWords(r)
	}
	return bytesToString(b)
}

func separatesWords(r rune) bool {
	if r < utf8.RuneSelf {
		alnum := '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		return !alnum && r != '_'
	}
	return unicode.IsSpace(r) // letters and digits are never spaces
}

// ToValidUTF8 replaces each run of invalid bytes in s by replacement.
func ToValidUTF8(s, replacement string) string {
	var b []byte
	good := 0 // s[good:i] is valid text not yet copied
	inBad := false
	for i, r := range s {
		// An invalid byte decodes as RuneError, as does a real U+FFFD (3 bytes).
		if r != utf8.RuneError || isEncodedFFFD(s, i) {
			inBad = false
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s)+len(replacement))
		}
		b = append(b, s[good:i]...)
		if !inBad {
			b = append(b, replacement...)
			inBad = true
		}
		good = i + 1
	}
	if b == nil {
		return s
	}
	b = append(b, s[good:]...)
	return bytesToString(b)
}

// TrimLeftFunc drops the leading runes r of s with f(r).
func TrimLeftFunc(s string, f func(rune) bool) string {
	for at, r := range s {
		if !f(r) {
			return s[at:]
		}
	}
	return ""
}

// TrimRightFunc drops the trailing runes r of s with f(r).
func TrimRightFunc(s string, f func(rune) bool) string {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !f(r) {
			break
		}
		end -= n
	}
	return s[:end]
}

// TrimFunc drops the leading and trailing runes r of s with f(r).
func TrimFunc(s string, f func(rune) bool) string {
	keep := func(r rune) bool { return !f(r) }
	first := IndexFunc(s, keep)
	if first < 0 {
		return ""
	}
	last := LastIndexFunc(s, keep)
	_, width := runeAt(s[last:])
	return s[first : last+width]
}

// Trim drops the leading and trailing runes of s that occur in cutset.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	set := newRuneSet(cutset)
	return trimRight(trimLeft(s, &set), &set)
}

// TrimLeft drops the leading runes of s that occur in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	set := newRuneSet(cutset)
	return trimLeft(s, &set)
}

// TrimRight drops the trailing runes of s that occur in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	set := newRuneSet(cutset)
	return trimRight(s, &set)
}

func trimLeft(s string, set *runeSet) string {
	for at, r := range s {
		if !set.has(r) {
			return s[at:]
		}
	}
	return ""
}

func trimRight(s string, set *runeSet) string {
	end := len(s)
	for end > 0 {
		if c := s[end-1]; c < utf8.RuneSelf {
			if !set.has(rune(c)) {
				break
			}
			end--
			continue
		}
		r, width := utf8.DecodeLastRuneInString(s[:end])
		if !set.has(r) {
			break
		}
		end -= width
	}
	return s[:end]
}

// TrimSpace drops leading and trailing Unicode white space.
func TrimSpace(s string) string {
	lo, hi := 0, len(s)
	for lo < hi && s[lo] < utf8.RuneSelf && isASCIISpace[s[lo]] {
		lo++
	}
	for hi > lo && s[hi-1] < utf8.RuneSelf && isASCIISpace[s[hi-1]] {
		hi--
	}
	s = s[lo:hi]
	if s != "" && (s[0] >= utf8.RuneSelf || s[len(s)-1] >= utf8.RuneSelf) {
		return TrimFunc(s, unicode.IsSpace)
	}
	return s
}

// runeAt decodes the rune at the start of the non-empty s (ASCII without a call).
func runeAt(s string) (rune, int) {
	if c := s[0]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s)
}

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		a, wa := runeAt(s)
		b, wb := runeAt(t)
		if !sameFold(a, b) {
			return false
		}
		s, t = s[wa:], t[wb:]
	}
	return s == t
}

// sameFold reports whether a and b are in the same simple case-folding orbit.
func sameFold(a, b rune) bool {
	if a == b {
		return true
	}
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		return 'A' <= a && a <= 'Z' && a+'a'-'A' == b || 'A' <= b && b <= 'Z' && b+'a'-'A' == a
	}
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

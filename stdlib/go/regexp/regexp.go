// Package regexp implements regular expression search with RE2 syntax (see
// regexp/syntax) in time linear in the input: minigo's matcher is a Pike VM over the
// compiled program (pike.go), with a literal-prefix skip.
package regexp

import (
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Regexp is a compiled regular expression. It is safe for concurrent use, except for
// Longest, which configures it.
type Regexp struct {
	expr        string
	prog        *syntax.Prog
	numSubexp   int
	subexpNames []string
	longest     bool
	anchored    bool   // every match starts at the text's start
	prefix      string // literal text every match starts with (used to skip ahead)
	litPrefix   string // what LiteralPrefix reports
	complete    bool   // litPrefix is the whole regexp
	startBytes  *[128]bool // ASCII bytes a match can start with; nil: any byte may
}

// Compile parses expr (RE2 syntax, Perl flags) into a Regexp with leftmost-first
// matching.
func Compile(expr string) (*Regexp, error) {
	return compileMode(expr, false)
}

// CompilePOSIX parses expr with POSIX ERE syntax and leftmost-longest matching.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compileMode(expr, true)
}

// MustCompile is Compile that panics on a syntax error.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(mustFailure("Compile", str, err))
	}
	return re
}

// MustCompilePOSIX is CompilePOSIX that panics on a syntax error.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(mustFailure("CompilePOSIX", str, err))
	}
	return re
}

// mustFailure is the panic message of MustCompile and MustCompilePOSIX: the pattern in
// backquotes when it can be, else in double quotes.
func mustFailure(fn, pattern string, err error) string {
	q := strconv.Quote(pattern)
	if strconv.CanBackquote(pattern) {
		q = "`" + pattern + "`"
	}
	return "regexp: " + fn + "(" + q + "): " + err.Error()
}

// compileMode compiles expr with Perl syntax and leftmost-first matching, or with POSIX
// syntax and leftmost-longest matching.
func compileMode(expr string, posix bool) (*Regexp, error) {
	mode, longest := syntax.Perl, false
	if posix {
		mode, longest = syntax.POSIX, true
	}
	tree, err := syntax.Parse(expr, mode)
	if err != nil {
		return nil, err
	}
	maxCap := tree.MaxCap()
	names := tree.CapNames()
	tree = tree.Simplify()
	prog, err := syntax.Compile(tree)
	if err != nil {
		return nil, err
	}
	re := &Regexp{expr: expr, prog: prog, numSubexp: maxCap, subexpNames: names, longest: longest}
	re.anchored = prog.StartCond()&syntax.EmptyBeginText != 0
	re.prefix, re.complete = prog.Prefix()
	re.litPrefix = re.prefix
	if re.anchored {
		re.litPrefix, re.complete = anchoredPrefix(prog)
	}
	re.startBytes = startBytes(prog)
	return re, nil
}

// Spare matchers and backtrackers are shared by all regexps (kept out of Regexp so that
// two compilations of one pattern stay reflect.DeepEqual after use).
var matcherPool, backtrackerPool sync.Pool

func (re *Regexp) getMatcher() *matcher {
	m, _ := matcherPool.Get().(*matcher)
	if m == nil {
		m = &matcher{}
	}
	m.setProg(re.prog)
	return m
}

func (re *Regexp) putMatcher(m *matcher) {
	m.prog = nil
	matcherPool.Put(m)
}

// Copy returns a copy of re (kept for compatibility: a Regexp is safe to share).
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

// Longest makes later searches prefer the leftmost-longest match.
func (re *Regexp) Longest() { re.longest = true }

// String returns the source text of the regexp.
func (re *Regexp) String() string { return re.expr }

// NumSubexp is the number of parenthesized groups.
func (re *Regexp) NumSubexp() int { return re.numSubexp }

// SubexpNames gives the names of the groups: element 0 is the whole match, "" for
// unnamed groups. The slice must not be modified.
func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex is the number of the leftmost group named name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, n := range re.subexpNames {
			if n == name {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns the literal text every match begins with and whether it is the
// whole regexp.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.litPrefix, re.complete
}

// anchoredPrefix is LiteralPrefix for a program anchored at the text's start: when
// every match also ends at the text's end, the runes right after the \A; complete when
// the end of text follows them.
func anchoredPrefix(prog *syntax.Prog) (string, bool) {
	isMatch := func(pc uint32) bool { return prog.Inst[pc].Op == syntax.InstMatch }
	atEnd := func(in *syntax.Inst) bool {
		return in.Op == syntax.InstEmptyWidth && syntax.EmptyOp(in.Arg)&syntax.EmptyEndText != 0
	}
	for i := range prog.Inst {
		in := &prog.Inst[i]
		if in.Op == syntax.InstMatch || in.Op == syntax.InstFail {
			continue // no successor
		}
		if (isMatch(in.Out) || plainOp(in.Op) == syntax.InstAlt && isMatch(in.Arg)) && !atEnd(in) {
			return "", false
		}
	}
	in := &prog.Inst[prog.Start]
	if in.Op != syntax.InstEmptyWidth {
		return "", false
	}
	var b strings.Builder
	for in = &prog.Inst[in.Out]; in.Op == syntax.InstRune1; in = &prog.Inst[in.Out] {
		b.WriteRune(in.Rune[0])
	}
	complete := b.Len() > 0 && atEnd(in) && isMatch(in.Out)
	return b.String(), complete
}

// MarshalText gives the source text of the regexp.
func (re *Regexp) MarshalText() ([]byte, error) { return []byte(re.String()), nil }

// UnmarshalText compiles text into re.
func (re *Regexp) UnmarshalText(text []byte) error {
	x, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *x
	return nil
}

// QuoteMeta escapes the regexp metacharacters of s.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// find runs one search from pos with ncap capture slots; nil if nothing matches.
func (re *Regexp) find(s string, pos, ncap int) []int {
	if pos > len(s) {
		return nil
	}
	dst := make([]int, ncap)
	if !re.search(s, pos, dst) {
		return nil
	}
	return dst
}

func (re *Regexp) allCaps() int { return 2 * (re.numSubexp + 1) }

// readAll collects a reader's runes as text. A one-byte invalid sequence stays one
// (invalid) byte, so that match offsets count the bytes the reader reported.
func readAll(r io.RuneReader) string {
	var b strings.Builder
	for {
		c, size, err := r.ReadRune()
		switch {
		case err != nil:
			return b.String()
		case size == 1 && c == utf8.RuneError:
			b.WriteByte(0xFF)
		default:
			b.WriteRune(c)
		}
	}
}

// Matching without positions.

func (re *Regexp) MatchString(s string) bool { return re.find(s, 0, 0) != nil }
func (re *Regexp) Match(b []byte) bool       { return re.find(string(b), 0, 0) != nil }
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.find(readAll(r), 0, 0) != nil
}

// MatchString reports whether s contains a match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether b contains a match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// MatchReader reports whether the text of r contains a match of pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// First match.

func (re *Regexp) Find(b []byte) []byte {
	a := re.find(string(b), 0, 2)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

func (re *Regexp) FindIndex(b []byte) (loc []int) { return re.find(string(b), 0, 2) }

func (re *Regexp) FindString(s string) string {
	a := re.find(s, 0, 2)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

func (re *Regexp) FindStringIndex(s string) (loc []int) { return re.find(s, 0, 2) }

func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	return re.find(readAll(r), 0, 2)
}

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.find(string(b), 0, re.allCaps())
	if a == nil {
		return nil
	}
	out := make([][]byte, 1+re.numSubexp)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return out
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.find(string(b), 0, re.allCaps())
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.find(s, 0, re.allCaps())
	if a == nil {
		return nil
	}
	out := make([]string, 1+re.numSubexp)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return out
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.find(s, 0, re.allCaps())
}

func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.find(readAll(r), 0, re.allCaps())
}

// eachMatch calls f with the successive matches of s (at most n when n >= 0). After a
// match, the search resumes at its end; an empty match right where the previous match
// ended does not count, and an empty match makes the search resume one rune further.
func (re *Regexp) eachMatch(s string, n, ncap int, f func(a []int)) {
	pos, prevEnd, count := 0, -1, 0
	for pos <= len(s) && (n < 0 || count < n) {
		a := re.find(s, pos, ncap)
		if a == nil {
			break
		}
		if a[1] == a[0] {
			if a[0] == pos {
				if pos < len(s) {
					_, w := utf8.DecodeRuneInString(s[pos:])
					pos += w
				} else {
					pos++
				}
			} else {
				pos = a[1]
			}
			if a[0] == prevEnd {
				continue
			}
		} else {
			pos = a[1]
		}
		prevEnd = a[1]
		count++
		f(a)
	}
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.eachMatch(string(b), n, 2, func(a []int) { out = append(out, b[a[0]:a[1]:a[1]]) })
	return out
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	var out [][]int
	re.eachMatch(string(b), n, 2, func(a []int) { out = append(out, a) })
	return out
}

func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.eachMatch(s, n, 2, func(a []int) { out = append(out, s[a[0]:a[1]]) })
	return out
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.eachMatch(s, n, 2, func(a []int) { out = append(out, a) })
	return out
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.eachMatch(string(b), n, re.allCaps(), func(a []int) {
		groups := make([][]byte, len(a)/2)
		for i := range groups {
			if a[2*i] >= 0 {
				groups[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
			}
		}
		out = append(out, groups)
	})
	return out
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	var out [][]int
	re.eachMatch(string(b), n, re.allCaps(), func(a []int) { out = append(out, a) })
	return out
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.eachMatch(s, n, re.allCaps(), func(a []int) {
		groups := make([]string, len(a)/2)
		for i := range groups {
			if a[2*i] >= 0 {
				groups[i] = s[a[2*i]:a[2*i+1]]
			}
		}
		out = append(out, groups)
	})
	return out
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.eachMatch(s, n, re.allCaps(), func(a []int) { out = append(out, a) })
	return out
}

// Split cuts s around the matches of re. n > 0: at most n pieces, the last one the rest
// of s; n == 0: nil; n < 0: every piece.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if s == "" {
		if re.expr != "" {
			return []string{""}
		}
		return []string{}
	}
	// Each match ends the piece before it (a match at the very start cuts nothing);
	// the text after the last cut is the last piece unless the last match starts at
	// the end of s.
	pieces := []string{}
	from, lastStart := 0, 0
	re.eachMatch(s, n, 2, func(a []int) {
		if n > 0 && len(pieces) >= n-1 {
			return
		}
		lastStart = a[0]
		if a[1] > 0 {
			pieces = append(pieces, s[from:a[0]])
		}
		from = a[1]
	})
	if lastStart < len(s) {
		pieces = append(pieces, s[from:])
	}
	return pieces
}

// replace builds the result of replacing each match of src: piece appends the
// replacement of match a to dst. Unmatched text is copied; an empty match right after
// the previous match is not replaced.
func (re *Regexp) replace(src string, ncap int, piece func(dst []byte, a []int) []byte) []byte {
	var out []byte
	copied, pos := 0, 0
	for pos <= len(src) {
		a := re.find(src, pos, ncap)
		if a == nil {
			break
		}
		out = append(out, src[copied:a[0]]...)
		if a[1] > copied || a[0] == 0 {
			out = piece(out, a)
		}
		copied = a[1]
		// Resume after the match, or one rune further if that would not move on.
		w := 1
		if pos < len(src) {
			_, w = utf8.DecodeRuneInString(src[pos:])
		}
		switch {
		case pos+w > a[1]:
			pos += w
		case pos+1 > a[1]:
			pos++
		default:
			pos = a[1]
		}
	}
	return append(out, src[copied:]...)
}

func (re *Regexp) capsFor(template string) int {
	if strings.IndexByte(template, '$') >= 0 {
		return re.allCaps()
	}
	return 2
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replace(src, re.capsFor(repl), func(dst []byte, a []int) []byte {
		return re.expand(dst, repl, src, a)
	}))
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(src, 2, func(dst []byte, a []int) []byte { return append(dst, repl...) }))
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(src, 2, func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]])...)
	}))
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s, t := string(src), string(repl)
	out := re.replace(s, re.capsFor(t), func(dst []byte, a []int) []byte {
		return re.expand(dst, t, s, a)
	})
	if out == nil {
		out = []byte{}
	}
	return out
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	out := re.replace(string(src), 2, func(dst []byte, a []int) []byte { return append(dst, repl...) })
	if out == nil {
		out = []byte{}
	}
	return out
}

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	out := re.replace(string(src), 2, func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]])...)
	})
	if out == nil {
		out = []byte{}
	}
	return out
}

// Expand appends template to dst with $1, $name, ${1}, ${name} replaced by the text of
// the groups of match (indices into src, as FindSubmatchIndex gives them); $$ is a $.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is Expand with string template and source.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template, src string, match []int) []byte {
	for {
		k := strings.IndexByte(template, '$')
		if k < 0 {
			break
		}
		dst = append(dst, template[:k]...)
		template = template[k+1:]
		if strings.HasPrefix(template, "$") {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := groupRef(template)
		if !ok {
			dst = append(dst, '$') // not a reference: the $ stands for itself
			continue
		}
		template = rest
		// The text of group g, if it took part in the match.
		text := func(g int) (string, bool) {
			if g*2+1 >= len(match) {
				return "", false
			}
			lo, hi := match[g*2], match[g*2+1]
			if lo < 0 {
				return "", false
			}
			return src[lo:hi], true
		}
		if num >= 0 {
			t, _ := text(num)
			dst = append(dst, t...)
			continue
		}
		for g, n := range re.subexpNames {
			if n != name {
				continue
			}
			if t, ok := text(g); ok {
				dst = append(dst, t...)
				break
			}
		}
	}
	return append(dst, template...)
}

// groupRef reads the reference after a $: a name or number, bare or in braces. num is
// -1 for a name.
func groupRef(t string) (name string, num int, rest string, ok bool) {
	braced := strings.HasPrefix(t, "{")
	if braced {
		t = t[1:]
	}
	end := 0
	for end < len(t) && strings.IndexByte(groupNameChars, t[end]) >= 0 {
		end++
	}
	if end == 0 {
		return "", 0, "", false
	}
	name, rest = t[:end], t[end:]
	if braced {
		if !strings.HasPrefix(rest, "}") {
			return "", 0, "", false
		}
		rest = rest[1:]
	}
	num = 0
	for _, d := range []byte(name) {
		if d > '9' || d < '0' || num >= 100000000 {
			return name, -1, rest, true
		}
		num = num*10 + int(d-'0')
	}
	return name, num, rest, true
}

const groupNameChars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


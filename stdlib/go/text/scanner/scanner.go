// Package scanner tokenizes UTF-8 text read from an io.Reader: Go identifiers, numbers,
// character and string literals and comments by default, each kind switchable by Mode.
// minigo's own implementation: the scanner keeps one rune of lookahead (ch) read from a
// buffered source, and every position is that of a rune start.
package scanner

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Position is a place in the source. It is valid when Line > 0.
type Position struct {
	Filename string // file name, if any
	Offset   int    // byte offset from 0
	Line     int    // line number from 1
	Column   int    // column from 1, counted in runes
}

// IsValid reports whether the position is set.
func (pos *Position) IsValid() bool { return pos.Line > 0 }

func (pos Position) String() string {
	text := pos.Filename
	if text == "" {
		text = "<input>"
	}
	if pos.IsValid() {
		text += fmt.Sprintf(":%d:%d", pos.Line, pos.Column)
	}
	return text
}

// Tokens: Scan returns one of these or the rune it read.
const (
	EOF = -(iota + 1)
	Ident
	Int
	Float
	Char
	String
	RawString
	Comment

	// skipComment is the bit of SkipComments.
	skipComment
)

// Mode bits: which tokens Scan recognizes.
const (
	ScanIdents     = 1 << -Ident
	ScanInts       = 1 << -Int
	ScanFloats     = 1 << -Float // numbers with a fraction or an exponent (and integers)
	ScanChars      = 1 << -Char
	ScanStrings    = 1 << -String
	ScanRawStrings = 1 << -RawString
	ScanComments   = 1 << -Comment
	SkipComments   = 1 << -skipComment // with ScanComments: comments count as white space
	GoTokens       = ScanIdents | ScanFloats | ScanChars | ScanStrings | ScanRawStrings | ScanComments | SkipComments
)

const (
	// GoWhitespace is the default Whitespace: tab, newline, carriage return and space.
	GoWhitespace = 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<' '
)

// The error messages (Go's texts).
const (
	msgNUL          = "invalid character NUL"
	msgBadUTF8      = "invalid UTF-8 encoding"
	msgOpenComment  = "comment not terminated"
	msgOpenLiteral  = "literal not terminated"
	msgCharLiteral  = "invalid char literal"
	msgEscape       = "invalid char escape"
	msgRadixPoint   = "invalid radix point in "
	msgNoDigits     = " has no digits"
	msgExpDigits    = "exponent has no digits"
	msgHexMantissa  = "hexadecimal mantissa requires a 'p' exponent"
	msgSeparator    = "'_' must separate successive digits"
	msgExpMantissa  = "%q exponent requires %s mantissa"
	msgInvalidDigit = "invalid digit %q in %s"
)

var tokenNames = map[rune]string{
	EOF:       "EOF",
	Ident:     "Ident",
	Int:       "Int",
	Float:     "Float",
	Char:      "Char",
	String:    "String",
	RawString: "RawString",
	Comment:   "Comment",
}

// TokenString names a token, or quotes the character it is.
func TokenString(tok rune) string {
	if name, ok := tokenNames[tok]; ok {
		return name
	}
	return strconv.Quote(string(tok))
}

// numberModes are the modes in which digits start a number.
const numberModes = ScanInts | ScanFloats

// noChar marks a lookahead not read yet.
const noChar = -2

// Scanner reads runes and tokens from an io.Reader.
type Scanner struct {
	src    io.Reader
	buf    []byte // source bytes from absolute offset base on
	base   int
	next   int  // index in buf of the first byte not read yet
	srcEnd bool // the reader has no more bytes

	line, col int // source position after the last rune read: line from 1, runes on it
	anyRead   bool

	ch    rune     // lookahead rune (noChar: none yet, EOF at the end)
	chPos Position // where ch starts

	tokStart, tokEnd int // absolute offsets of the current token's text; tokStart -1: none

	// Error is called for each error; when nil, errors are printed to os.Stderr.
	Error func(s *Scanner, msg string)
	// ErrorCount counts the errors met.
	ErrorCount int
	// Mode selects the tokens Scan recognizes.
	Mode uint
	// Whitespace has bit c set for each character c (< 64) to skip.
	Whitespace uint64
	// IsIdentRune, if set, says whether ch may be the i-th rune of an identifier.
	IsIdentRune func(ch rune, i int) bool

	// Position is where the last token scanned starts (invalid after Init and Next).
	Position
}

// Init resets s to read from src with Go's tokens and white space, no error handler and
// no errors counted, and returns s.
func (s *Scanner) Init(src io.Reader) *Scanner {
	s.src = src
	s.buf = s.buf[:0]
	s.base, s.next, s.srcEnd = 0, 0, false
	s.line, s.col, s.anyRead = 1, 0, false
	s.ch = noChar
	s.chPos = Position{Line: 1, Column: 1}
	s.tokStart, s.tokEnd = -1, -1
	s.Error = nil
	s.ErrorCount = 0
	s.Mode = GoTokens
	s.Whitespace = GoWhitespace
	s.Line = 0
	return s
}

// fill reads more of the source, dropping bytes no longer needed.
func (s *Scanner) fill() {
	keep := s.base + s.next
	if s.tokStart >= 0 && s.tokStart < keep {
		keep = s.tokStart
	}
	if drop := keep - s.base; drop > 0 {
		n := copy(s.buf, s.buf[drop:])
		s.buf = s.buf[:n]
		s.base += drop
		s.next -= drop
	}
	var chunk [4096]byte
	for tries := 0; tries < 100; tries++ {
		n, err := s.src.Read(chunk[:])
		s.buf = append(s.buf, chunk[:n]...)
		if err != nil {
			if err != io.EOF {
				s.report(err.Error())
			}
			s.srcEnd = true
			return
		}
		if n > 0 {
			return
		}
	}
	s.report(io.ErrNoProgress.Error())
	s.srcEnd = true
}

// read takes the next rune from the source and makes it the lookahead.
func (s *Scanner) read() rune {
	for {
		for !s.srcEnd && !utf8.FullRune(s.buf[s.next:]) {
			s.fill() // a read error is reported with the previous rune as lookahead
		}
		s.chPos = Position{Filename: s.Filename, Offset: s.base + s.next, Line: s.line, Column: s.col + 1}
		if s.next >= len(s.buf) {
			s.ch = EOF
			return EOF
		}
		r, w := rune(s.buf[s.next]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s.buf[s.next:])
		}
		first := s.base+s.next == 0
		s.next += w
		s.anyRead = true
		if r == '\n' {
			s.line++
			s.col = 0
		} else {
			s.col++
		}
		switch {
		case r == 0:
			s.ch = r
			s.report(msgNUL)
		case r == utf8.RuneError && w == 1:
			s.ch = r
			s.report(msgBadUTF8)
		case r == '\uFEFF' && first:
			continue // a byte order mark opening the source is dropped
		}
		s.ch = r
		return r
	}
}

// Next returns the next rune of the source (EOF at the end) and moves past it. It
// leaves Position invalid.
func (s *Scanner) Next() rune {
	s.tokStart = -1
	s.Line = 0
	ch := s.Peek()
	if ch != EOF {
		s.read()
	}
	return ch
}

// Peek returns the next rune of the source without moving past it.
func (s *Scanner) Peek() rune {
	if s.ch == noChar {
		s.read()
	}
	return s.ch
}

// Pos is the position right after the last rune or token read by Next or Scan.
func (s *Scanner) Pos() (pos Position) {
	if s.ch == noChar {
		return Position{Filename: s.Filename, Offset: s.base + s.next, Line: s.line, Column: s.col + 1}
	}
	p := s.chPos
	p.Filename = s.Filename
	return p
}

func (s *Scanner) report(msg string) {
	s.ErrorCount++
	if s.tokStart >= 0 {
		s.tokEnd = s.chPos.Offset
	}
	if s.Error != nil {
		s.Error(s, msg)
		return
	}
	pos := s.Position
	if !pos.IsValid() {
		pos = s.Pos()
	}
	fmt.Fprintln(os.Stderr, pos.String()+": "+msg)
}

// TokenText is the text of the last token scanned (during an error report: read so far).
func (s *Scanner) TokenText() string {
	if s.tokStart < 0 {
		return ""
	}
	end := s.tokEnd
	if end < s.tokStart {
		end = s.tokStart
	}
	return string(s.buf[s.tokStart-s.base : end-s.base])
}

func (s *Scanner) identRune(ch rune, i int) bool {
	switch {
	case s.IsIdentRune == nil:
		return ch == '_' || unicode.IsLetter(ch) || i > 0 && unicode.IsDigit(ch)
	case ch == EOF:
		return false
	}
	return s.IsIdentRune(ch, i)
}

func (s *Scanner) isWhite(ch rune) bool {
	return ch >= 0 && ch < 64 && s.Whitespace&(1<<uint(ch)) != 0
}

// Scan reads the next token (or rune) and returns it; Position, TokenText and Pos then
// describe it.
func (s *Scanner) Scan() rune {
	ch := s.Peek()
	s.tokStart = -1
	s.Line = 0
	for {
		for s.isWhite(ch) {
			ch = s.read()
		}
		s.tokStart = s.chPos.Offset
		s.Offset, s.Line, s.Column = s.chPos.Offset, s.chPos.Line, s.chPos.Column
		if !s.anyRead {
			s.Line, s.Column = 0, 0 // an empty source has no position to give
		}
		tok := ch
		switch {
		case s.identRune(ch, 0):
			if s.Mode&ScanIdents != 0 {
				tok = Ident
				for i := 1; s.identRune(s.read(), i); i++ {
				}
			} else {
				s.read()
			}
		case '0' <= ch && ch <= '9':
			if s.Mode&numberModes != 0 {
				tok = s.number(false)
			} else {
				s.read()
			}
		case ch == '"' || ch == '\'' || ch == '`':
			kind, bit := String, uint(ScanStrings)
			if ch == '\'' {
				kind, bit = Char, ScanChars
			} else if ch == '`' {
				kind, bit = RawString, ScanRawStrings
			}
			if s.Mode&bit != 0 {
				s.quoted(ch)
				tok = rune(kind)
			}
			s.read()
		case ch == '.':
			if d := s.read(); '0' <= d && d <= '9' && s.Mode&ScanFloats != 0 {
				tok = s.number(true)
			}
		case ch == '/':
			c := s.read()
			if (c == '/' || c == '*') && s.Mode&ScanComments != 0 {
				if s.Mode&SkipComments != 0 {
					s.tokStart = -1
					s.comment(c)
					ch = s.ch
					continue
				}
				s.comment(c)
				tok = Comment
			}
		case ch == EOF:
		default:
			s.read()
		}
		s.tokEnd = s.chPos.Offset
		return tok
	}
}

// comment reads a comment whose opening "/" is behind and whose second character c is
// the lookahead.
func (s *Scanner) comment(c rune) {
	if c == '/' {
		for ch := s.read(); ch != '\n' && ch != EOF; ch = s.read() {
		}
		return
	}
	star := false
	for {
		ch := s.read()
		if ch == EOF {
			s.report(msgOpenComment)
			return
		}
		if star && ch == '/' {
			s.read()
			return
		}
		star = ch == '*'
	}
}

// quoted reads a literal opened by the lookahead quote q, up to the closing quote, which
// it leaves as the lookahead.
func (s *Scanner) quoted(q rune) {
	ch := s.read()
	if q == '`' {
		for ch != '`' {
			if ch == EOF {
				s.report(msgOpenLiteral)
				return
			}
			ch = s.read()
		}
		return
	}
	runes := 0
	for ch != q {
		if ch == '\n' || ch == EOF {
			s.report(msgOpenLiteral)
			return
		}
		if ch == '\\' {
			ch = s.escape(q)
		} else {
			ch = s.read()
		}
		runes++
	}
	if q == '\'' && runes != 1 {
		s.report(msgCharLiteral)
	}
}

// escape reads the escape whose backslash is the lookahead, inside a literal quoted by
// q, and returns the new lookahead.
func (s *Scanner) escape(q rune) rune {
	ch := s.read()
	digits, base := 0, 0
	switch {
	case ch == q || ch == '\\' || ch == 'a' || ch == 'b' || ch == 'f' || ch == 'n' || ch == 'r' || ch == 't' || ch == 'v':
		return s.read()
	case '0' <= ch && ch <= '7':
		digits, base = 3, 8
	case ch == 'x':
		digits, base = 2, 16
		ch = s.read()
	case ch == 'u':
		digits, base = 4, 16
		ch = s.read()
	case ch == 'U':
		digits, base = 8, 16
		ch = s.read()
	default:
		s.report(msgEscape)
		return ch
	}
	for ; digits > 0; digits-- {
		if digitValue(ch) >= base {
			s.report(msgEscape)
			return ch
		}
		ch = s.read()
	}
	return ch
}

// digitValue is the value of a hexadecimal digit, or 99 for anything else.
func digitValue(ch rune) int {
	if '0' <= ch && ch <= '9' {
		return int(ch - '0')
	}
	if l := lower(ch); l >= 'a' && l <= 'f' {
		return 10 + int(l-'a')
	}
	return 99
}

func lower(ch rune) rune { return ch | ('a' - 'A') }

// number reads a number literal: from its first digit (the lookahead), or, with
// afterDot, from the first digit after a '.' already read. It reports malformed
// literals as Go's scanner does and returns Int or Float.
func (s *Scanner) number(afterDot bool) rune {
	n := numberLit{base: 10, badDigit: -1}
	floats := s.Mode&ScanFloats != 0
	ch := s.ch
	if !afterDot {
		ch = n.digits(s, n.basePrefix(s, ch))
		if floats && ch == '.' {
			ch, afterDot = s.read(), true
		}
	}
	if afterDot {
		n.float = true
		if n.radix == 'b' || n.radix == 'o' {
			s.report(msgRadixPoint + literalName(n.radix))
		}
		ch = n.digits(s, ch)
	}
	if !n.sawDigit {
		s.report(literalName(n.radix) + msgNoDigits)
	}
	switch exp := lower(ch); {
	case floats && (exp == 'e' || exp == 'p'):
		n.exponent(s, ch)
	case n.float && n.radix == 'x':
		s.report(msgHexMantissa)
	}
	if !n.float && n.badDigit >= 0 {
		s.report(fmt.Sprintf(msgInvalidDigit, n.badDigit, literalName(n.radix)))
	}
	if n.sawSep {
		s.tokEnd = s.chPos.Offset
		if !separatorsOK(s.TokenText(), n.radix == 'x') {
			s.report(msgSeparator)
		}
	}
	if n.float {
		return Float
	}
	return Int
}

// numberLit is what number learns about a literal as it reads it.
type numberLit struct {
	base             int
	radix            rune // 'x', 'o', 'b', '0' (octal with a leading 0) or 0 (decimal)
	float            bool
	sawDigit, sawSep bool
	badDigit         rune // first digit too large for the base, -1 if none
}

// basePrefix reads a leading 0 and the base letter after it, if any.
func (n *numberLit) basePrefix(s *Scanner, ch rune) rune {
	if ch != '0' {
		return ch
	}
	ch = s.read()
	switch l := lower(ch); l {
	case 'x', 'o', 'b':
		n.base, n.radix = map[rune]int{'x': 16, 'o': 8, 'b': 2}[l], l
		return s.read()
	}
	n.base, n.radix, n.sawDigit = 8, '0', true // the 0 itself is a digit
	return ch
}

// digits reads digits and separators of the literal's base (decimal digits beyond
// it are read too, and the first one remembered).
func (n *numberLit) digits(s *Scanner, ch rune) rune {
	for {
		v := digitValue(ch)
		if ch == '_' {
			n.sawSep = true
		} else if v < 10 || n.base == 16 && v < 16 {
			n.sawDigit = true
			if v >= n.base && n.badDigit < 0 {
				n.badDigit = ch
			}
		} else {
			return ch
		}
		ch = s.read()
	}
}

// exponent reads an exponent whose letter (e or p, either case) is the lookahead.
func (n *numberLit) exponent(s *Scanner, letter rune) {
	decimal := n.radix == 0 || n.radix == '0'
	if lower(letter) == 'p' && n.radix != 'x' {
		s.report(fmt.Sprintf(msgExpMantissa, letter, "hexadecimal"))
	} else if lower(letter) == 'e' && !decimal {
		s.report(fmt.Sprintf(msgExpMantissa, letter, "decimal"))
	}
	n.float = true
	ch := s.read()
	if ch == '-' || ch == '+' {
		ch = s.read()
	}
	mantissaDigits, mantissaBase := n.sawDigit, n.base
	n.sawDigit, n.base = false, 10
	n.digits(s, ch)
	if !n.sawDigit {
		s.report(msgExpDigits)
	}
	n.sawDigit, n.base = mantissaDigits, mantissaBase
}

func literalName(prefix rune) string {
	switch prefix {
	case 'x':
		return "hexadecimal literal"
	case 'o', '0':
		return "octal literal"
	case 'b':
		return "binary literal"
	}
	return "decimal literal"
}

// separatorsOK checks that every '_' of a number literal stands between two digits, or
// between a base prefix (0x, 0o, 0b) and a digit.
func separatorsOK(lit string, hex bool) bool {
	isDigit := func(c byte) bool {
		return '0' <= c && c <= '9' || hex && 'a' <= c|0x20 && c|0x20 <= 'f'
	}
	prefixed := len(lit) >= 2 && lit[0] == '0' && (lit[1]|0x20 == 'x' || lit[1]|0x20 == 'o' || lit[1]|0x20 == 'b')
	for i := 0; i < len(lit); i++ {
		if lit[i] != '_' {
			continue
		}
		left := i > 0 && isDigit(lit[i-1]) || i == 2 && prefixed
		right := i+1 < len(lit) && isDigit(lit[i+1])
		if !left || !right {
			return false
		}
	}
	return true
}

package parse

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies the lexer's output. The kinds from tokDot on are words of the action
// language and print as <word> in error messages.
type tokKind int

const (
	tokError tokKind = iota
	tokEOF
	tokText
	tokComment
	tokLeftDelim
	tokRightDelim
	tokSpace
	tokBool
	tokChar      // a lone punctuation character in an action, such as ','
	tokCharConst // 'x'
	tokComplex   // 1+2i
	tokNumber
	tokString    // "quoted"
	tokRawString // `raw`
	tokField     // .Name
	tokVariable  // $name or $
	tokIdent
	tokAssign  // =
	tokDeclare // :=
	tokPipe    // |
	tokLParen
	tokRParen
	tokDot // the first "word": kinds from here on print as <text>
	tokBlock
	tokBreak
	tokContinue
	tokDefine
	tokElse
	tokEnd
	tokIf
	tokNil
	tokRange
	tokTemplate
	tokWith
)

var keywords = map[string]tokKind{
	".": tokDot, "block": tokBlock, "break": tokBreak, "continue": tokContinue,
	"define": tokDefine, "else": tokElse, "end": tokEnd, "if": tokIf, "nil": tokNil,
	"range": tokRange, "template": tokTemplate, "with": tokWith,
}

// token is one lexeme: its kind, byte offset, text and the line it starts on.
type token struct {
	kind tokKind
	pos  Pos
	text string
	line int
}

// String renders a token the way parse errors quote it.
func (t token) String() string {
	switch {
	case t.kind == tokEOF:
		return "EOF"
	case t.kind == tokError:
		return t.text
	case t.kind >= tokDot:
		return "<" + t.text + ">"
	case len(t.text) > 10:
		return fmt.Sprintf("%.10q...", t.text)
	}
	return fmt.Sprintf("%q", t.text)
}

// scanner produces tokens on demand. It alternates between text mode (everything up to the
// next left delimiter) and action mode (the words between the delimiters).
type scanner struct {
	name     string
	src      string
	ld, rd   string
	comments bool // emit comment tokens
	noBreak  bool // "break" is a function name, not a keyword
	noCont   bool // "continue" is a function name, not a keyword
	pos      int
	line     int
	inAction bool
	parens   int
	trimNext bool // the last right delimiter had a trim marker: skip leading space of the text
	actLine  int  // line of the current action's left delimiter
	pending  []token
	done     bool
}

func newScanner(name, src, left, right string) *scanner {
	if left == "" {
		left = "{{"
	}
	if right == "" {
		right = "}}"
	}
	return &scanner{name: name, src: src, ld: left, rd: right, line: 1}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// next returns the following token; after an error or EOF it keeps returning EOF.
func (s *scanner) next() token {
	for len(s.pending) == 0 {
		if s.done {
			return token{kind: tokEOF, pos: Pos(len(s.src)), line: s.line}
		}
		if s.inAction {
			s.scanAction()
		} else {
			s.scanText()
		}
	}
	t := s.pending[0]
	s.pending = s.pending[1:]
	return t
}

func (s *scanner) emit(kind tokKind, start int, line int) {
	s.pending = append(s.pending, token{kind: kind, pos: Pos(start), text: s.src[start:s.pos], line: line})
}

func (s *scanner) fail(format string, args ...any) {
	s.pending = append(s.pending, token{kind: tokError, pos: Pos(s.pos), text: fmt.Sprintf(format, args...), line: s.line})
	s.done = true
}

// advance moves to byte offset to, counting the newlines passed over.
func (s *scanner) advance(to int) {
	s.line += strings.Count(s.src[s.pos:to], "\n")
	s.pos = to
}

// leftTrim reports whether a trim marker ("- " with any space) follows the left delimiter at i.
func (s *scanner) leftTrim(i int) bool {
	j := i + len(s.ld)
	return j+1 < len(s.src) && s.src[j] == '-' && isSpaceByte(s.src[j+1])
}

// rightDelimAt reports whether a right delimiter starts at i, directly or after a trim
// marker (a space and '-'), and how many bytes the whole closing takes.
func (s *scanner) rightDelimAt(i int) (n int, trim bool) {
	rest := s.src[i:]
	if strings.HasPrefix(rest, s.rd) {
		return len(s.rd), false
	}
	if len(rest) >= 2 && isSpaceByte(rest[0]) && rest[1] == '-' && strings.HasPrefix(rest[2:], s.rd) {
		return 2 + len(s.rd), true
	}
	return 0, false
}

func (s *scanner) scanText() {
	if s.trimNext {
		i := s.pos
		for i < len(s.src) && isSpaceByte(s.src[i]) {
			i++
		}
		s.advance(i)
		s.trimNext = false
	}
	start, line := s.pos, s.line
	k := strings.Index(s.src[s.pos:], s.ld)
	if k < 0 {
		if start < len(s.src) {
			s.advance(len(s.src))
			s.emit(tokText, start, line)
		}
		s.done = true
		s.pending = append(s.pending, token{kind: tokEOF, pos: Pos(len(s.src)), line: s.line})
		return
	}
	delim := s.pos + k
	end := delim
	trim := s.leftTrim(delim)
	if trim {
		for end > start && isSpaceByte(s.src[end-1]) {
			end--
		}
	}
	if end > start {
		s.advance(end)
		s.emit(tokText, start, line)
	}
	s.advance(delim)
	after := delim + len(s.ld)
	if trim {
		after += 2
	}
	if strings.HasPrefix(s.src[after:], "/*") {
		s.scanComment(delim, after)
		return
	}
	dl := s.line
	s.pos = delim + len(s.ld)
	s.emit(tokLeftDelim, delim, dl)
	s.advance(after)
	s.inAction = true
	s.parens = 0
	s.actLine = dl
}

// scanComment reads "/* ... */" (started at body) and the right delimiter after it.
func (s *scanner) scanComment(delim, body int) {
	k := strings.Index(s.src[body+2:], "*/")
	if k < 0 {
		s.fail("unclosed comment")
		return
	}
	end := body + 2 + k + 2
	n, trim := s.rightDelimAt(end)
	if n == 0 {
		s.fail("comment ends before closing delimiter")
		return
	}
	line := s.line
	s.advance(end)
	if s.comments {
		s.pending = append(s.pending, token{kind: tokComment, pos: Pos(delim), text: s.src[body:end], line: line})
	}
	s.advance(end + n)
	s.trimNext = trim
}

func (s *scanner) scanAction() {
	if n, trim := s.rightDelimAt(s.pos); n > 0 {
		if s.parens > 0 {
			s.fail("unclosed left paren")
			return
		}
		start, line := s.pos, s.line
		if trim {
			start += 2
		}
		s.advance(s.pos + n)
		s.pending = append(s.pending, token{kind: tokRightDelim, pos: Pos(start), text: s.rd, line: line})
		s.inAction = false
		s.trimNext = trim
		return
	}
	if s.pos >= len(s.src) {
		if s.line != s.actLine {
			s.fail("unclosed action started at %s:%d", s.name, s.actLine)
		} else {
			s.fail("unclosed action")
		}
		return
	}
	start, line := s.pos, s.line
	c := s.src[s.pos]
	switch {
	case isSpaceByte(c):
		i := s.pos
		for i < len(s.src) && isSpaceByte(s.src[i]) {
			if n, trim := s.rightDelimAt(i); n > 0 && trim {
				break
			}
			i++
		}
		s.advance(i)
		s.emit(tokSpace, start, line)
	case c == '=':
		s.pos++
		s.emit(tokAssign, start, line)
	case c == ':':
		if s.pos+1 >= len(s.src) || s.src[s.pos+1] != '=' {
			s.fail("expected :=")
			return
		}
		s.pos += 2
		s.emit(tokDeclare, start, line)
	case c == '|':
		s.pos++
		s.emit(tokPipe, start, line)
	case c == '"':
		s.scanQuoted('"', tokString, "unterminated quoted string")
	case c == '\'':
		s.scanQuoted('\'', tokCharConst, "unterminated character constant")
	case c == '`':
		k := strings.IndexByte(s.src[s.pos+1:], '`')
		if k < 0 {
			s.fail("unterminated raw quoted string")
			return
		}
		s.advance(s.pos + 1 + k + 1)
		s.emit(tokRawString, start, line)
	case c == '$':
		s.pos++
		s.scanWord()
		if s.checkTerminator() {
			s.emit(tokVariable, start, line)
		}
	case c == '.':
		// A digit after the dot, or nothing at all, makes it a number (Go reports a lone
		// "." at the end of the input as an illegal number).
		if s.pos+1 == len(s.src) || s.src[s.pos+1] >= '0' && s.src[s.pos+1] <= '9' {
			s.scanNumber()
			return
		}
		s.pos++
		if s.scanWord() == 0 {
			s.emit(tokDot, start, line)
			return
		}
		if s.checkTerminator() {
			s.emit(tokField, start, line)
		}
	case c == '+' || c == '-' || c >= '0' && c <= '9':
		s.scanNumber()
	case c == '(':
		s.pos++
		s.parens++
		s.emit(tokLParen, start, line)
	case c == ')':
		s.pos++
		s.parens--
		if s.parens < 0 {
			s.fail("unexpected right paren")
			return
		}
		s.emit(tokRParen, start, line)
	default:
		r, size := utf8.DecodeRuneInString(s.src[s.pos:])
		if isWordRune(r) {
			s.scanWord()
			if !s.checkTerminator() {
				return
			}
			word := s.src[start:s.pos]
			kind, isKey := keywords[word]
			switch {
			case isKey && !(kind == tokBreak && s.noBreak) && !(kind == tokContinue && s.noCont):
				s.emit(kind, start, line)
			case word == "true" || word == "false":
				s.emit(tokBool, start, line)
			default:
				s.emit(tokIdent, start, line)
			}
			return
		}
		if r <= unicode.MaxASCII && unicode.IsPrint(r) {
			s.pos += size
			s.emit(tokChar, start, line)
			return
		}
		s.fail("unrecognized character in action: %#U", r)
	}
}

// scanWord consumes letters, digits and underscores and returns how many bytes it took.
func (s *scanner) scanWord() int {
	i := s.pos
	for i < len(s.src) {
		r, size := utf8.DecodeRuneInString(s.src[i:])
		if !isWordRune(r) {
			break
		}
		i += size
	}
	n := i - s.pos
	s.pos = i
	return n
}

// checkTerminator reports whether the word just scanned ends properly: at a space, a
// punctuation character that may follow a word, a right delimiter or the end of input.
func (s *scanner) checkTerminator() bool {
	if s.pos >= len(s.src) {
		return true
	}
	if n, _ := s.rightDelimAt(s.pos); n > 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s.src[s.pos:])
	switch r {
	case ' ', '\t', '\r', '\n', '.', ',', '|', ':', ')', '(', '=':
		return true
	}
	s.fail("bad character %#U", r)
	return false
}

func (s *scanner) scanQuoted(q byte, kind tokKind, unterminated string) {
	start, line := s.pos, s.line
	i := s.pos + 1
	for {
		if i >= len(s.src) || s.src[i] == '\n' {
			s.fail(unterminated)
			return
		}
		c := s.src[i]
		if c == '\\' && i+1 < len(s.src) && s.src[i+1] != '\n' {
			i += 2
			continue
		}
		i++
		if c == q {
			break
		}
	}
	s.pos = i
	s.emit(kind, start, line)
}

// digitsOf consumes digits of the given set (and underscores).
func (s *scanner) digitsOf(set string) int {
	i := s.pos
	for i < len(s.src) && (s.src[i] == '_' || strings.IndexByte(set, s.src[i]) >= 0) {
		i++
	}
	n := i - s.pos
	s.pos = i
	return n
}

// scanOneNumber consumes a signed number with an optional base prefix, fraction, exponent
// and imaginary suffix. The parser checks the text with strconv.
func (s *scanner) scanOneNumber() {
	if s.pos < len(s.src) && (s.src[s.pos] == '+' || s.src[s.pos] == '-') {
		s.pos++
	}
	digits, exp := "0123456789", "eE"
	if s.pos+1 < len(s.src) && s.src[s.pos] == '0' {
		switch s.src[s.pos+1] {
		case 'x', 'X':
			s.pos += 2
			digits, exp = "0123456789abcdefABCDEF", "pP"
		case 'o', 'O':
			s.pos += 2
			digits, exp = "01234567", "pP"
		case 'b', 'B':
			s.pos += 2
			digits, exp = "01", "pP"
		}
	}
	s.digitsOf(digits)
	if s.pos < len(s.src) && s.src[s.pos] == '.' {
		s.pos++
		s.digitsOf(digits)
	}
	if len(digits) == 10 || exp == "pP" {
		if s.pos < len(s.src) && strings.IndexByte(exp, s.src[s.pos]) >= 0 {
			s.pos++
			if s.pos < len(s.src) && (s.src[s.pos] == '+' || s.src[s.pos] == '-') {
				s.pos++
			}
			s.digitsOf("0123456789")
		}
	}
	if s.pos < len(s.src) && s.src[s.pos] == 'i' {
		s.pos++
	}
}

func (s *scanner) scanNumber() {
	start, line := s.pos, s.line
	s.scanOneNumber()
	kind := tokNumber
	if s.pos < len(s.src) && (s.src[s.pos] == '+' || s.src[s.pos] == '-') {
		// A complex constant such as 1+2i: the second part must end in 'i'.
		save := s.pos
		s.scanOneNumber()
		if s.src[s.pos-1] == 'i' {
			kind = tokComplex
		} else {
			s.pos = save
		}
	}
	if s.pos < len(s.src) {
		r, size := utf8.DecodeRuneInString(s.src[s.pos:])
		if isWordRune(r) {
			s.pos += size
			s.fail("bad number syntax: %q", s.src[start:s.pos])
			return
		}
	}
	s.emit(kind, start, line)
}

package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrorCode names a kind of syntax error; its text is the message.
type ErrorCode string

const (
	ErrInternalError         ErrorCode = "regexp/syntax: internal error"
	ErrInvalidCharClass      ErrorCode = "invalid character class"
	ErrInvalidCharRange      ErrorCode = "invalid character class range"
	ErrInvalidEscape         ErrorCode = "invalid escape sequence"
	ErrInvalidNamedCapture   ErrorCode = "invalid named capture"
	ErrInvalidPerlOp         ErrorCode = "invalid or unsupported Perl syntax"
	ErrInvalidRepeatOp       ErrorCode = "invalid nested repetition operator"
	ErrInvalidRepeatSize     ErrorCode = "invalid repeat count"
	ErrInvalidUTF8           ErrorCode = "invalid UTF-8"
	ErrMissingBracket        ErrorCode = "missing closing ]"
	ErrMissingParen          ErrorCode = "missing closing )"
	ErrMissingRepeatArgument ErrorCode = "missing argument to repetition operator"
	ErrTrailingBackslash     ErrorCode = "trailing backslash at end of expression"
	ErrUnexpectedParen       ErrorCode = "unexpected )"
	ErrNestingDepth          ErrorCode = "expression nests too deeply"
	ErrLarge                 ErrorCode = "expression too large"
)

func (e ErrorCode) String() string { return string(e) }

// Error is a syntax error: its kind and the part of the pattern at fault.
type Error struct {
	Code ErrorCode
	Expr string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("error parsing regexp: ")
	b.WriteString(string(e.Code))
	b.WriteString(": `")
	b.WriteString(e.Expr)
	b.WriteByte('`')
	return b.String()
}

// Limits: counted repetitions (also their products when nested), tree height, runes
// held by the tree's literals and classes, and instructions of the compiled program
// (both 128 MB worth, as in Go).
const (
	maxRepeat = 1000
	maxHeight = 1000
	maxRunes  = 128 << 20 / 4
	maxInsts  = 128 << 20 / 40
)

// parser reads the pattern src left to right; flags are those in force at pos.
type parser struct {
	src   string
	pos   int
	flags Flags
	ncap  int
	depth int
	runes int // runes held by the literals and classes made so far
}

// tooLarge reports whether n more runes take the tree past maxRunes.
func (p *parser) tooLarge(n int) bool {
	p.runes += n
	return p.runes > maxRunes
}

// Parse parses the pattern s under the given flags.
func Parse(s string, flags Flags) (*Regexp, error) {
	if flags&Literal != 0 {
		// The whole pattern is one literal, kept as written.
		if k := badUTF8(s); k >= 0 {
			return nil, &Error{Code: ErrInvalidUTF8, Expr: s[k:]}
		}
		if s == "" {
			return &Regexp{Op: OpEmptyMatch, Flags: flags}, nil
		}
		return &Regexp{Op: OpLiteral, Flags: flags, Rune: []rune(s)}, nil
	}
	if k := badUTF8(s); k >= 0 {
		return nil, &Error{Code: ErrInvalidUTF8, Expr: s[k:]}
	}
	p := &parser{src: s, flags: flags}
	re, err := p.alternation()
	if err != nil {
		return nil, err
	}
	if p.pos < len(s) {
		// alternation stops only at the end or at a ')' without its '('.
		return nil, &Error{ErrUnexpectedParen, s}
	}
	if height(re) > maxHeight {
		return nil, &Error{ErrNestingDepth, s}
	}
	if instEstimate(re) > maxInsts {
		return nil, &Error{ErrLarge, s}
	}
	return re, nil
}

// badUTF8 is the offset of the first invalid UTF-8 sequence of s, or -1.
func badUTF8(s string) int {
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return i
		}
	}
	return -1
}

// instEstimate is about the number of instructions Compile makes for re, counted
// without building anything (saturating far above maxInsts).
func instEstimate(re *Regexp) int {
	sub := 0
	for _, s := range re.Sub {
		sub += instEstimate(s)
	}
	switch re.Op {
	case OpLiteral:
		return len(re.Rune)
	case OpCapture:
		return sub + 2
	case OpStar, OpPlus, OpQuest:
		return sub + 1
	case OpAlternate:
		return sub + len(re.Sub) - 1
	case OpConcat:
		return sub
	case OpRepeat:
		n := re.Max
		if n < 0 {
			n = re.Min + 1
		}
		if sub > maxInsts || n*sub > maxInsts {
			return maxInsts + 1
		}
		return n * sub
	}
	return 1
}

func height(re *Regexp) int {
	h := 0
	for _, s := range re.Sub {
		if x := height(s); x > h {
			h = x
		}
	}
	return h + 1
}

func (p *parser) more() bool { return p.pos < len(p.src) }

func (p *parser) peekIs(c byte) bool { return p.pos < len(p.src) && p.src[p.pos] == c }

// alternation parses branches separated by '|' up to the end or a ')'.
func (p *parser) alternation() (*Regexp, error) {
	var branches []*Regexp
	for {
		b, err := p.sequence()
		if err != nil {
			return nil, err
		}
		branches = append(branches, b)
		if !p.peekIs('|') {
			break
		}
		p.pos++
	}
	return p.alternate(branches), nil
}

// sequence parses repeated atoms up to '|', ')' or the end.
func (p *parser) sequence() (*Regexp, error) {
	var items []*Regexp
	repeatAt := -1 // where the repetition operator applied to the last item starts
	for p.more() {
		c := p.src[p.pos]
		if c == '|' || c == ')' {
			break
		}
		if op, min, max, end, lazy, ok := p.repeatOp(); ok {
			opText := p.src[p.pos:end]
			if len(items) == 0 {
				return nil, &Error{ErrMissingRepeatArgument, opText}
			}
			if repeatAt >= 0 && p.flags&PerlX != 0 {
				return nil, &Error{ErrInvalidRepeatOp, p.src[repeatAt:end]}
			}
			if op == OpRepeat && (min > maxRepeat || max > maxRepeat || max >= 0 && max < min) {
				return nil, &Error{ErrInvalidRepeatSize, opText}
			}
			flags := p.flags
			if lazy {
				flags ^= NonGreedy
			}
			sub := items[len(items)-1]
			re := &Regexp{Op: op, Flags: flags & (NonGreedy | FoldCase | OneLine | DotNL | ClassNL | PerlX | UnicodeGroups), Min: min, Max: max}
			re.Sub = re.Sub0[:1]
			re.Sub[0] = sub
			if op == OpRepeat && repeatProduct(re) > maxRepeat {
				return nil, &Error{ErrInvalidRepeatSize, opText}
			}
			items[len(items)-1] = re
			repeatAt = p.pos
			p.pos = end
			continue
		}
		repeatAt = -1
		if c == '\\' && p.flags&PerlX != 0 && p.pos+1 < len(p.src) && p.src[p.pos+1] == 'Q' {
			items = append(items, p.quoted()...)
			continue
		}
		re, err := p.atom()
		if err != nil {
			return nil, err
		}
		if re != nil {
			if p.tooLarge(len(re.Rune)) {
				return nil, &Error{ErrLarge, p.src}
			}
			items = append(items, re)
		}
	}
	return p.concat(items), nil
}

// repeatOp recognizes a repetition operator at pos: *, +, ?, {n}, {n,}, {n,m}, each
// optionally followed by '?' (Perl's non-greedy form).
func (p *parser) repeatOp() (op Op, min, max, end int, lazy, ok bool) {
	s, i := p.src, p.pos
	switch s[i] {
	case '*':
		op, min, max, end = OpStar, 0, -1, i+1
	case '+':
		op, min, max, end = OpPlus, 1, -1, i+1
	case '?':
		op, min, max, end = OpQuest, 0, 1, i+1
	case '{':
		j := i + 1
		var okn bool
		min, j, okn = number(s, j)
		if !okn {
			return
		}
		max = min
		if j < len(s) && s[j] == ',' {
			j++
			if j < len(s) && s[j] == '}' {
				max = -1
			} else if max, j, okn = number(s, j); !okn {
				return
			}
		}
		if j >= len(s) || s[j] != '}' {
			return
		}
		op, end = OpRepeat, j+1
	default:
		return
	}
	if p.flags&PerlX != 0 && end < len(s) && s[end] == '?' {
		end++
		lazy = true
	}
	return op, min, max, end, lazy, true
}

// number reads decimal digits at s[i:]; values beyond the limits saturate.
func number(s string, i int) (n, next int, ok bool) {
	start := i
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		if n <= maxRepeat {
			n = n*10 + int(s[i]-'0')
		}
		i++
	}
	return n, i, i > start
}

// repeatProduct is the largest product of nested repetition counts in re.
func repeatProduct(re *Regexp) int {
	m := 1
	for _, s := range re.Sub {
		if x := repeatProduct(s); x > m {
			m = x
		}
	}
	if re.Op == OpRepeat {
		n := re.Max
		if n < 0 {
			n = re.Min
		}
		if n > 1 {
			m *= n
		}
	}
	return m
}

// quoted reads \Q...\E (or \Q to the end) as one literal item per rune.
func (p *parser) quoted() []*Regexp {
	s := p.src
	start := p.pos + 2
	end, next := len(s), len(s)
	if k := indexFrom(s, start, `\E`); k >= 0 {
		end, next = k, k+2
	}
	var items []*Regexp
	for _, r := range s[start:end] {
		items = append(items, p.literal(r))
	}
	p.pos = next
	return items
}

// atom parses one atom; a flag group (?flags) gives no atom (nil).
func (p *parser) atom() (*Regexp, error) {
	s := p.src
	c := s[p.pos]
	switch c {
	case '(':
		return p.group()
	case '[':
		return p.class()
	case '.':
		p.pos++
		if p.flags&DotNL != 0 {
			return p.node(OpAnyChar), nil
		}
		return p.node(OpAnyCharNotNL), nil
	case '^':
		p.pos++
		if p.flags&OneLine != 0 {
			return p.node(OpBeginText), nil
		}
		return p.node(OpBeginLine), nil
	case '$':
		p.pos++
		if p.flags&OneLine != 0 {
			re := p.node(OpEndText)
			re.Flags |= WasDollar
			return re, nil
		}
		return p.node(OpEndLine), nil
	case '\\':
		return p.backslash()
	}
	r, w := utf8.DecodeRuneInString(s[p.pos:])
	p.pos += w
	return p.literal(r), nil
}

func (p *parser) node(op Op) *Regexp { return &Regexp{Op: op, Flags: p.flags} }

// literal is a one-rune literal node; under FoldCase it holds the smallest rune of the
// case-folding orbit.
func (p *parser) literal(r rune) *Regexp {
	re := &Regexp{Op: OpLiteral, Flags: p.flags}
	if p.flags&FoldCase != 0 {
		if hasFoldPartner(r) {
			r = minFold(r)
		} else {
			re.Flags &^= FoldCase
		}
	}
	re.Rune0[0] = r
	re.Rune = re.Rune0[:1]
	return re
}

// group parses a parenthesized group or a flag setting (?flags).
func (p *parser) group() (*Regexp, error) {
	s := p.src
	start := p.pos
	p.pos++
	name, capture := "", true
	saved := p.flags
	if p.flags&PerlX != 0 && p.peekIs('?') {
		rest := s[p.pos+1:]
		switch {
		case len(rest) >= 2 && rest[0] == 'P' && rest[1] == '<', len(rest) >= 1 && rest[0] == '<':
			open := p.pos + 2
			if rest[0] == 'P' {
				open++
			}
			close := open
			for close < len(s) && s[close] != '>' {
				close++
			}
			if close >= len(s) {
				return nil, &Error{ErrInvalidNamedCapture, s[start:]}
			}
			name = s[open:close]
			if !isGroupName(name) {
				return nil, &Error{ErrInvalidNamedCapture, s[start : close+1]}
			}
			p.pos = close + 1
		default:
			setOnly, err := p.flagGroup(start)
			if err != nil {
				return nil, err
			}
			if setOnly {
				return nil, nil
			}
			capture = false
		}
	}
	p.depth++
	if p.depth > maxHeight {
		return nil, &Error{ErrNestingDepth, s}
	}
	var index int
	if capture {
		p.ncap++
		index = p.ncap
	}
	sub, err := p.alternation()
	if err != nil {
		return nil, err
	}
	if !p.peekIs(')') {
		return nil, &Error{Code: ErrMissingParen, Expr: s}
	}
	p.pos++
	p.depth--
	p.flags = saved
	if !capture {
		return sub, nil
	}
	re := &Regexp{Op: OpCapture, Flags: saved, Cap: index, Name: name}
	re.Sub = re.Sub0[:1]
	re.Sub[0] = sub
	return re, nil
}

func isGroupName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if r != '_' && !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// flagGroup parses (?flags) or (?flags: at p.pos (the '?'). It changes p.flags and
// reports whether the group only sets flags (ended by ')').
func (p *parser) flagGroup(start int) (setOnly bool, err error) {
	s := p.src
	flags := p.flags
	negated, sawFlag := false, false
	for i := p.pos + 1; i < len(s); i++ {
		var bit Flags
		switch s[i] {
		case 'i':
			bit = FoldCase
		case 's':
			bit = DotNL
		case 'U':
			bit = NonGreedy
		case 'm':
			bit = OneLine // (?m) clears OneLine
		case '-':
			if negated {
				return false, &Error{ErrInvalidPerlOp, s[start : i+1]}
			}
			negated, sawFlag = true, false
			continue
		case ':', ')':
			if negated && !sawFlag {
				return false, &Error{ErrInvalidPerlOp, s[start : i+1]}
			}
			p.flags = flags
			p.pos = i + 1
			return s[i] == ')', nil
		default:
			_, w := utf8.DecodeRuneInString(s[i:])
			return false, &Error{ErrInvalidPerlOp, s[start : i+w]}
		}
		sawFlag = true
		if negated != (bit == OneLine) {
			flags &^= bit
		} else {
			flags |= bit
		}
	}
	return false, &Error{ErrInvalidPerlOp, s[start:]}
}

// backslash parses an escape outside a class.
func (p *parser) backslash() (*Regexp, error) {
	s := p.src
	if p.pos+1 < len(s) {
		c := s[p.pos+1]
		if p.flags&PerlX != 0 {
			switch c {
			case 'A', 'z', 'b', 'B':
				p.pos += 2
				op := map[byte]Op{'A': OpBeginText, 'z': OpEndText, 'b': OpWordBoundary, 'B': OpNoWordBoundary}[c]
				return p.node(op), nil
			case 'd', 'D', 's', 'S', 'w', 'W':
				p.pos += 2
				return p.classNode(addClass(nil, perlClasses[c|0x20], c < 'a', p.flags&FoldCase != 0)), nil
			}
		}
		if p.flags&UnicodeGroups != 0 && (c == 'p' || c == 'P') {
			rs, err := p.unicodeEscape(nil)
			if err != nil {
				return nil, err
			}
			return sortedClassNode(rs, p.flags), nil // one table's ranges are sorted
		}
	}
	r, err := p.escape()
	if err != nil {
		return nil, err
	}
	return p.literal(r), nil
}

// classNode makes a node for the runes rs (unsorted ranges): a class, or the simpler
// node that means the same (a literal, any char).
func (p *parser) classNode(rs []rune) *Regexp { return classNodeFlags(rs, p.flags) }

func classNodeFlags(rs []rune, flags Flags) *Regexp { return sortedClassNode(canonical(rs), flags) }

// sortedClassNode is classNodeFlags for ranges already sorted and merged.
func sortedClassNode(rs []rune, flags Flags) *Regexp {
	switch {
	case len(rs) == 2 && rs[0] == rs[1]:
		re := &Regexp{Op: OpLiteral, Flags: flags &^ FoldCase}
		re.Rune = re.Rune0[:1]
		re.Rune[0] = rs[0]
		return re
	case len(rs) == 4 && rs[0] == rs[1] && rs[2] == rs[3] && unicode.SimpleFold(rs[0]) == rs[2] && unicode.SimpleFold(rs[2]) == rs[0]:
		// A two-rune case-folding orbit: a case-insensitive literal.
		re := &Regexp{Op: OpLiteral, Flags: flags | FoldCase}
		re.Rune = re.Rune0[:1]
		re.Rune[0] = rs[0]
		return re
	case len(rs) == 2 && rs[0] == 0 && rs[1] == unicode.MaxRune:
		return &Regexp{Op: OpAnyChar, Flags: flags}
	case len(rs) == 4 && rs[0] == 0 && rs[1] == '\n'-1 && rs[2] == '\n'+1 && rs[3] == unicode.MaxRune:
		return &Regexp{Op: OpAnyCharNotNL, Flags: flags}
	}
	return &Regexp{Op: OpCharClass, Flags: flags, Rune: rs}
}

// escape parses an escape that stands for one rune, at p.pos (the backslash).
func (p *parser) escape() (rune, error) {
	s := p.src
	start := p.pos
	p.pos++
	if p.pos >= len(s) {
		return 0, &Error{ErrTrailingBackslash, ""}
	}
	c, w := utf8.DecodeRuneInString(s[p.pos:])
	p.pos += w
	bad := func() (rune, error) { return 0, &Error{ErrInvalidEscape, s[start:p.pos]} }
	switch {
	case '1' <= c && c <= '7' && !(p.more() && isOctal(s[p.pos])):
		return bad() // a back reference, which RE2 does not support
	case '0' <= c && c <= '7':
		v := c - '0'
		for n := 1; n < 3 && p.more() && isOctal(s[p.pos]); n++ {
			v = v*8 + rune(s[p.pos]-'0')
			p.pos++
		}
		return v, nil
	case c == 'x':
		if !p.more() {
			return bad()
		}
		if s[p.pos] == '{' {
			p.pos++
			v, digits := rune(0), 0
			for {
				if !p.more() {
					return bad()
				}
				d, dw := utf8.DecodeRuneInString(s[p.pos:])
				if d == '}' {
					break
				}
				x := hexValue(d)
				p.pos += dw
				if x < 0 {
					return bad()
				}
				v = v*16 + rune(x)
				digits++
				if v > unicode.MaxRune {
					return bad()
				}
			}
			if digits == 0 {
				p.pos++
				return bad()
			}
			p.pos++
			return v, nil
		}
		v := rune(0)
		for n := 0; n < 2; n++ {
			if !p.more() {
				return bad()
			}
			d, dw := utf8.DecodeRuneInString(s[p.pos:])
			p.pos += dw
			x := hexValue(d)
			if x < 0 {
				return bad()
			}
			v = v*16 + rune(x)
		}
		return v, nil
	case c == 'a':
		return '\a', nil
	case c == 'f':
		return '\f', nil
	case c == 'n':
		return '\n', nil
	case c == 'r':
		return '\r', nil
	case c == 't':
		return '\t', nil
	case c == 'v':
		return '\v', nil
	case c < utf8.RuneSelf && !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
		return c, nil
	}
	return bad()
}

func isOctal(c byte) bool { return '0' <= c && c <= '7' }

func hexValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10
	}
	return -1
}

// unicodeEscape parses \pN, \p{Name}, \PN, \P{Name} at p.pos and adds its runes to rs.
func (p *parser) unicodeEscape(rs []rune) ([]rune, error) {
	s := p.src
	start := p.pos
	negate := s[p.pos+1] == 'P'
	p.pos += 2
	if !p.more() {
		return nil, &Error{ErrInvalidCharRange, s[start:]}
	}
	var name string
	if s[p.pos] == '{' {
		close := p.pos
		for close < len(s) && s[close] != '}' {
			close++
		}
		if close >= len(s) {
			return nil, &Error{ErrInvalidCharRange, s[start:]}
		}
		name = s[p.pos+1 : close]
		p.pos = close + 1
	} else {
		_, w := utf8.DecodeRuneInString(s[p.pos:])
		name = s[p.pos : p.pos+w]
		p.pos += w
	}
	if len(name) > 0 && name[0] == '^' {
		negate = !negate
		name = name[1:]
	}
	cls, ok := unicodeClass(name, p.flags&FoldCase != 0)
	if !ok {
		return nil, &Error{ErrInvalidCharRange, s[start:p.pos]}
	}
	return addClass(rs, cls, negate, false), nil
}

// class parses a bracketed class [...] at p.pos.
func (p *parser) class() (*Regexp, error) {
	s := p.src
	start := p.pos
	p.pos++
	negate := false
	if p.peekIs('^') {
		negate = true
		p.pos++
	}
	fold := p.flags&FoldCase != 0
	var rs []rune
	for first := true; ; first = false {
		if !p.more() {
			return nil, &Error{ErrMissingBracket, s[start:]}
		}
		c := s[p.pos]
		if c == ']' && !first {
			p.pos++
			break
		}
		if c == '[' && p.pos+1 < len(s) && s[p.pos+1] == ':' {
			if end := indexFrom(s, p.pos+2, ":]"); end >= 0 {
				name := s[p.pos+2 : end]
				neg := len(name) > 0 && name[0] == '^'
				if neg {
					name = name[1:]
				}
				cls, ok := posixClasses[name]
				if !ok {
					return nil, &Error{ErrInvalidCharRange, s[p.pos : end+2]}
				}
				rs = addClass(rs, cls, neg, fold)
				p.pos = end + 2
				continue
			}
		}
		if c == '\\' && p.pos+1 < len(s) {
			d := s[p.pos+1]
			switch {
			case p.flags&PerlX != 0 && (d|0x20 == 'd' || d|0x20 == 's' || d|0x20 == 'w'):
				p.pos += 2
				rs = addClass(rs, perlClasses[d|0x20], d < 'a', fold)
				continue
			case p.flags&UnicodeGroups != 0 && (d == 'p' || d == 'P'):
				var err error
				if rs, err = p.unicodeEscape(rs); err != nil {
					return nil, err
				}
				continue
			}
		}
		if c == '-' && !first && p.flags&PerlX == 0 && p.pos+1 < len(s) && s[p.pos+1] != ']' {
			// POSIX allows '-' alone only first or last.
			_, w := utf8.DecodeRuneInString(s[p.pos+1:])
			return nil, &Error{ErrInvalidCharRange, s[p.pos : p.pos+1+w]}
		}
		rangeStart := p.pos
		lo, err := p.classRune()
		if err != nil {
			return nil, err
		}
		hi := lo
		if p.peekIs('-') && p.pos+1 < len(s) && s[p.pos+1] != ']' {
			p.pos++
			if hi, err = p.classRune(); err != nil {
				return nil, err
			}
			if hi < lo {
				return nil, &Error{ErrInvalidCharRange, s[rangeStart:p.pos]}
			}
		}
		if fold {
			rs = addFolded(rs, lo, hi)
		} else {
			rs = append(rs, lo, hi)
		}
	}
	rs = canonical(rs)
	if negate {
		if p.flags&ClassNL == 0 {
			rs = canonical(append(rs, '\n', '\n'))
		}
		rs = complementRanges(rs)
	}
	return p.classNode(rs), nil
}

func indexFrom(s string, from int, sub string) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// classRune reads one rune of a class, plain or escaped.
func (p *parser) classRune() (rune, error) {
	if !p.more() {
		return 0, &Error{ErrMissingBracket, p.src}
	}
	if p.src[p.pos] == '\\' {
		return p.escape()
	}
	r, w := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += w
	return r, nil
}

// concat joins the items of a sequence, merging neighbouring literals.
func (p *parser) concat(items []*Regexp) *Regexp {
	var out []*Regexp
	for _, it := range items {
		// Literals join when they fold alike, or when one has no case to fold.
		if n := len(out); n > 0 && it.Op == OpLiteral && out[n-1].Op == OpLiteral &&
			(it.Flags&FoldCase == out[n-1].Flags&FoldCase || !hasCase(it.Rune) || !hasCase(out[n-1].Rune)) {
			last := out[n-1]
			merged := &Regexp{Op: OpLiteral, Flags: last.Flags | it.Flags&FoldCase}
			merged.Rune = append(append([]rune(nil), last.Rune...), it.Rune...)
			out[n-1] = merged
			continue
		}
		out = append(out, it)
	}
	switch len(out) {
	case 0:
		return p.node(OpEmptyMatch)
	case 1:
		return out[0]
	}
	return &Regexp{Op: OpConcat, Flags: p.flags, Sub: out}
}

// alternate joins branches: runs of single-rune branches become one class, and runs of
// branches starting with the same literal text share it.
func (p *parser) alternate(branches []*Regexp) *Regexp {
	var out []*Regexp
	for _, b := range branches {
		if n := len(out); n > 0 {
			if x, ok := mergeSingle(out[n-1], b); ok {
				out[n-1] = x
				continue
			}
		}
		out = append(out, b)
	}
	out = p.factorPrefixes(out)
	if len(out) == 1 {
		return out[0]
	}
	return &Regexp{Op: OpAlternate, Flags: p.flags, Sub: out}
}

// singleRunes gives the runes a branch that matches exactly one rune accepts.
func singleRunes(re *Regexp) ([]rune, bool) {
	switch re.Op {
	case OpLiteral:
		if len(re.Rune) != 1 {
			return nil, false
		}
		if re.Flags&FoldCase != 0 {
			return canonical(addFolded(nil, re.Rune[0], re.Rune[0])), true
		}
		return []rune{re.Rune[0], re.Rune[0]}, true
	case OpCharClass:
		return re.Rune, true
	case OpAnyChar:
		return []rune{0, unicode.MaxRune}, true
	case OpAnyCharNotNL:
		return []rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}, true
	}
	return nil, false
}

func mergeSingle(a, b *Regexp) (*Regexp, bool) {
	if a.Op == OpLiteral && b.Op == OpLiteral && a.Equal(b) {
		return a, true
	}
	ra, ok1 := singleRunes(a)
	rb, ok2 := singleRunes(b)
	if !ok1 || !ok2 {
		return nil, false
	}
	return classNodeFlags(append(append([]rune(nil), ra...), rb...), a.Flags), true
}

// literalHead gives the leading literal runes of a branch and its fold flag.
func literalHead(re *Regexp) ([]rune, Flags) {
	first := re
	if re.Op == OpConcat {
		first = re.Sub[0]
	}
	if first.Op != OpLiteral {
		return nil, 0
	}
	return first.Rune, first.Flags & FoldCase
}

// dropHead removes the first n literal runes of a branch.
func (p *parser) dropHead(re *Regexp, n int) *Regexp {
	if re.Op == OpLiteral {
		if n == len(re.Rune) {
			return &Regexp{Op: OpEmptyMatch, Flags: re.Flags}
		}
		return &Regexp{Op: OpLiteral, Flags: re.Flags, Rune: re.Rune[n:]}
	}
	// a concatenation starting with a literal
	head := re.Sub[0]
	rest := append([]*Regexp(nil), re.Sub[1:]...)
	if n < len(head.Rune) {
		rest = append([]*Regexp{{Op: OpLiteral, Flags: head.Flags, Rune: head.Rune[n:]}}, rest...)
	}
	if len(rest) == 1 {
		return rest[0]
	}
	return &Regexp{Op: OpConcat, Flags: re.Flags, Sub: rest}
}

func (p *parser) factorPrefixes(bs []*Regexp) []*Regexp {
	var out []*Regexp
	for i := 0; i < len(bs); {
		head, fold := literalHead(bs[i])
		j := i + 1
		common := len(head)
		for ; j < len(bs) && common > 0; j++ {
			h, f := literalHead(bs[j])
			if f != fold {
				break
			}
			n := 0
			for n < common && n < len(h) && h[n] == head[n] {
				n++
			}
			if n == 0 {
				break
			}
			common = n
		}
		if j-i < 2 || common == 0 {
			out = append(out, bs[i])
			i++
			continue
		}
		prefix := &Regexp{Op: OpLiteral, Flags: bs[i].Flags&^WasDollar | fold, Rune: append([]rune(nil), head[:common]...)}
		if fold == 0 {
			prefix.Flags &^= FoldCase
		}
		var tails []*Regexp
		for k := i; k < j; k++ {
			tails = append(tails, p.dropHead(bs[k], common))
		}
		out = append(out, p.concat([]*Regexp{prefix, p.alternate(tails)}))
		i = j
	}
	return out
}

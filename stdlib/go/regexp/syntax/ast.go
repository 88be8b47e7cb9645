// Package syntax parses regular expressions into syntax trees and compiles the trees into
// programs for the matchers of package regexp. minigo's own implementation: a recursive
// descent parser, Thompson-style compilation into the instruction set Go documents.
package syntax

import (
	"strconv"
	"strings"
	"unicode"
)

// Op is the kind of a syntax tree node.
type Op uint8

const (
	OpNoMatch        Op = 1 + iota // matches nothing
	OpEmptyMatch                   // matches the empty string
	OpLiteral                      // the runes of Rune, in order
	OpCharClass                    // one rune in the ranges Rune holds as lo, hi pairs
	OpAnyCharNotNL                 // any rune but newline
	OpAnyChar                      // any rune
	OpBeginLine                    // at a line start
	OpEndLine                      // at a line end
	OpBeginText                    // at the text start
	OpEndText                      // at the text end
	OpWordBoundary                 // \b
	OpNoWordBoundary               // \B
	OpCapture                      // group number Cap (named Name) around Sub[0]
	OpStar                         // Sub[0] zero or more times
	OpPlus                         // Sub[0] one or more times
	OpQuest                        // Sub[0] zero or one time
	OpRepeat                       // Sub[0] Min to Max times (Max -1: no upper bound)
	OpConcat                       // the Subs one after another
	OpAlternate                    // one of the Subs, the first that leads to a match preferred
)

var opNames = []string{"", "NoMatch", "EmptyMatch", "Literal", "CharClass", "AnyCharNotNL",
	"AnyChar", "BeginLine", "EndLine", "BeginText", "EndText", "WordBoundary", "NoWordBoundary",
	"Capture", "Star", "Plus", "Quest", "Repeat", "Concat", "Alternate"}

func (i Op) String() string {
	if i >= 1 && int(i) < len(opNames) {
		return opNames[i]
	}
	return "Op(" + strconv.Itoa(int(i)) + ")"
}

// Flags modify the parser and are kept on the nodes they affect.
type Flags uint16

const (
	FoldCase      Flags = 1 << iota // (?i): case-insensitive
	Literal                         // the whole pattern is a literal string
	ClassNL                         // negated classes and \W, \D, \S may match newline
	DotNL                           // (?s): . matches newline
	OneLine                         // ^ and $ only at text start and end; cleared by (?m)
	NonGreedy                       // (?U): repetitions prefer fewer
	PerlX                           // Perl extensions: \d \s \w, \A \z, \Q..\E, (?flags), (?P<name>)
	UnicodeGroups                   // \p{Name} and \pN
	WasDollar                       // an OpEndText that was written $
	Simple                          // the tree has no counted repetitions (set by Simplify)

	MatchNL = ClassNL | DotNL

	Perl        = ClassNL | OneLine | PerlX | UnicodeGroups // RE2's default syntax
	POSIX Flags = 0                                         // POSIX egrep syntax
)

// Regexp is a node of a syntax tree.
type Regexp struct {
	Op       Op
	Flags    Flags
	Sub      []*Regexp  // operands
	Sub0     [1]*Regexp // storage for a short Sub
	Rune     []rune     // literal runes, or class ranges as lo, hi pairs
	Rune0    [2]rune    // storage for a short Rune
	Min, Max int        // bounds of OpRepeat
	Cap      int        // group number of OpCapture
	Name     string     // group name of OpCapture
}

// Equal reports whether x and y are the same tree.
func (x *Regexp) Equal(y *Regexp) bool {
	if x == nil || y == nil {
		return x == y
	}
	if x.Op != y.Op {
		return false
	}
	switch x.Op {
	case OpEndText:
		return x.Flags&WasDollar == y.Flags&WasDollar
	case OpLiteral, OpCharClass:
		if x.Op == OpLiteral && x.Flags&FoldCase != y.Flags&FoldCase {
			return false
		}
		return sameRunes(x.Rune, y.Rune)
	case OpAlternate, OpConcat:
		if len(x.Sub) != len(y.Sub) {
			return false
		}
		for i := range x.Sub {
			if !x.Sub[i].Equal(y.Sub[i]) {
				return false
			}
		}
		return true
	case OpStar, OpPlus, OpQuest:
		return x.Flags&NonGreedy == y.Flags&NonGreedy && x.Sub[0].Equal(y.Sub[0])
	case OpRepeat:
		return x.Flags&NonGreedy == y.Flags&NonGreedy && x.Min == y.Min && x.Max == y.Max && x.Sub[0].Equal(y.Sub[0])
	case OpCapture:
		return x.Cap == y.Cap && x.Name == y.Name && x.Sub[0].Equal(y.Sub[0])
	}
	return true
}

func sameRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// MaxCap is the largest group number in the tree.
func (re *Regexp) MaxCap() int {
	n := 0
	if re.Op == OpCapture {
		n = re.Cap
	}
	for _, s := range re.Sub {
		if m := s.MaxCap(); m > n {
			n = m
		}
	}
	return n
}

// CapNames gives the names of the groups by number ("" for unnamed ones and group 0).
func (re *Regexp) CapNames() []string {
	names := []string{""}
	re.collectNames(&names)
	return names
}

func (re *Regexp) collectNames(names *[]string) {
	if re.Op == OpCapture {
		for len(*names) <= re.Cap {
			*names = append(*names, "")
		}
		(*names)[re.Cap] = re.Name
	}
	for _, s := range re.Sub {
		s.collectNames(names)
	}
}

// String writes the tree back as a pattern of the same meaning. Nodes whose meaning
// depends on a flag (case folding, ^ and $ per line, . and newline) are written inside
// a (?flags:...) group placed as high in the tree as the flags agree; where a subtree
// needs both settings of a flag, the outer group takes the negative one and the parts
// that need the positive one get their own group.
func (re *Regexp) String() string {
	var b strings.Builder
	re.write(&b, knowNotI)
	return b.String()
}

// flagNeed is a set of flag settings: those a subtree relies on, or those a context is
// known to have.
type flagNeed uint8

const (
	knowI flagNeed = 1 << iota
	knowNotI
	knowM
	knowNotM
	knowS
	knowNotS
)

// flagLetters pairs each flag's positive and negative setting with its letter.
var flagLetters = []struct {
	on, off flagNeed
	letter  byte
}{{knowI, knowNotI, 'i'}, {knowM, knowNotM, 'm'}, {knowS, knowNotS, 's'}}

// relies gives the flag settings the text of re depends on.
func (re *Regexp) relies() flagNeed {
	var n flagNeed
	switch re.Op {
	case OpLiteral:
		switch {
		case !hasCase(re.Rune):
		case re.Flags&FoldCase != 0:
			n = knowI
		default:
			n = knowNotI
		}
	case OpAnyChar:
		n = knowS
	case OpAnyCharNotNL:
		n = knowNotS
	case OpBeginLine, OpEndLine:
		n = knowM
	case OpEndText:
		if re.Flags&WasDollar != 0 {
			n = knowNotM
		}
	}
	for _, s := range re.Sub {
		n |= s.relies()
	}
	return n
}

func hasCase(rs []rune) bool {
	for _, r := range rs {
		if unicode.SimpleFold(r) != r {
			return true
		}
	}
	return false
}

// switches gives the flag settings re must turn on in context ctx.
func (re *Regexp) switches(ctx flagNeed) flagNeed {
	n := re.relies()
	var set flagNeed
	for _, f := range flagLetters {
		switch {
		case n&f.off != 0:
			if ctx&f.off == 0 {
				set |= f.off
			}
		case n&f.on != 0:
			if ctx&f.on == 0 {
				set |= f.on
			}
		}
	}
	return set
}

// atomic reports whether the text of re binds tighter than a repetition operator.
func (re *Regexp) atomic() bool {
	switch re.Op {
	case OpLiteral:
		return len(re.Rune) == 1
	case OpConcat, OpAlternate, OpStar, OpPlus, OpQuest, OpRepeat, OpEmptyMatch:
		return false
	}
	return true
}

func (re *Regexp) write(b *strings.Builder, ctx flagNeed) {
	set := re.switches(ctx)
	if set == 0 {
		re.writeBody(b, ctx)
		return
	}
	b.WriteString("(?")
	for _, f := range flagLetters {
		if set&f.on != 0 {
			b.WriteByte(f.letter)
		}
	}
	if set&(knowNotI|knowNotM|knowNotS) != 0 {
		b.WriteByte('-')
		for _, f := range flagLetters {
			if set&f.off != 0 {
				b.WriteByte(f.letter)
			}
		}
	}
	b.WriteByte(':')
	for _, f := range flagLetters {
		if set&(f.on|f.off) != 0 {
			ctx = ctx&^(f.on|f.off) | set&(f.on|f.off)
		}
	}
	re.writeBody(b, ctx)
	b.WriteByte(')')
}

func (re *Regexp) writeBody(b *strings.Builder, ctx flagNeed) {
	if re.Op >= OpStar && re.Op <= OpRepeat {
		re.writeRepeat(b, ctx)
		return
	}
	if re.Op == OpAnyChar || re.Op == OpAnyCharNotNL {
		b.WriteByte('.') // the enclosing (?s:...) or (?-s:...) says which
		return
	}
	switch re.Op {
	case OpNoMatch:
		b.WriteString(noRunes)
	case OpEmptyMatch:
		b.WriteString(`(?:)`)
	case OpLiteral:
		for _, r := range re.Rune {
			writeRune(b, r, false)
		}
	case OpCharClass:
		writeClass(b, re.Rune)
	case OpBeginLine:
		b.WriteByte('^')
	case OpEndLine:
		b.WriteByte('$')
	case OpBeginText:
		b.WriteString(`\A`)
	case OpEndText:
		if re.Flags&WasDollar != 0 {
			b.WriteByte('$')
		} else {
			b.WriteString(`\z`)
		}
	case OpWordBoundary:
		b.WriteString(`\b`)
	case OpNoWordBoundary:
		b.WriteString(`\B`)
	case OpCapture:
		b.WriteByte('(')
		if re.Name != "" {
			b.WriteString("?P<" + re.Name + ">")
		}
		if re.Sub[0].Op != OpEmptyMatch { // () stays empty
			re.Sub[0].write(b, ctx)
		}
		b.WriteByte(')')
	case OpConcat:
		for _, s := range re.Sub {
			if s.Op == OpAlternate && s.switches(ctx) == 0 {
				b.WriteString("(?:")
				s.write(b, ctx)
				b.WriteByte(')')
			} else {
				s.write(b, ctx)
			}
		}
	case OpAlternate:
		for i, s := range re.Sub {
			if i > 0 {
				b.WriteByte('|')
			}
			s.write(b, ctx)
		}
	default:
		b.WriteString("<invalid op " + re.Op.String() + ">")
	}
}

// countText writes the bounds of a counted repetition: {n}, {n,} or {n,m}.
func countText(min, max int) string {
	switch {
	case max == min:
		return "{" + strconv.Itoa(min) + "}"
	case max < 0:
		return "{" + strconv.Itoa(min) + ",}"
	}
	return "{" + strconv.Itoa(min) + "," + strconv.Itoa(max) + "}"
}

// writeRepeat writes *, +, ? and {n,m} after their operand.
func (re *Regexp) writeRepeat(b *strings.Builder, ctx flagNeed) {
	sub := re.Sub[0]
	if sub.atomic() || sub.switches(ctx) != 0 {
		sub.write(b, ctx)
	} else {
		b.WriteString("(?:")
		sub.write(b, ctx)
		b.WriteByte(')')
	}
	switch re.Op {
	case OpStar:
		b.WriteByte('*')
	case OpPlus:
		b.WriteByte('+')
	case OpQuest:
		b.WriteByte('?')
	default:
		b.WriteString(countText(re.Min, re.Max))
	}
	if re.Flags&NonGreedy != 0 {
		b.WriteByte('?')
	}
}

const metaChars = `\.+*?()|[]{}^$`

// noRunes is how a class without runes is written.
const noRunes = `[^\x00-\x{10FFFF}]`

func writeRune(b *strings.Builder, r rune, inClass bool) {
	if unicode.IsPrint(r) {
		if r < 0x80 && (strings.IndexByte(metaChars, byte(r)) >= 0 || inClass && r == '-') {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		return
	}
	switch r {
	case '\a':
		b.WriteString(`\a`)
	case '\f':
		b.WriteString(`\f`)
	case '\n':
		b.WriteString(`\n`)
	case '\r':
		b.WriteString(`\r`)
	case '\t':
		b.WriteString(`\t`)
	case '\v':
		b.WriteString(`\v`)
	default:
		h := strconv.FormatInt(int64(r), 16)
		if r < 0x100 {
			b.WriteString(`\x`)
			if len(h) == 1 {
				b.WriteByte('0')
			}
			b.WriteString(h)
		} else {
			b.WriteString(`\x{` + h + `}`)
		}
	}
}

func writeClass(b *strings.Builder, ranges []rune) {
	if len(ranges) == 0 {
		b.WriteString(noRunes)
		return
	}
	b.WriteByte('[')
	// A class holding U+0000 and U+10FFFF reads better as the negation of its complement.
	if ranges[0] == 0 && ranges[len(ranges)-1] == unicode.MaxRune && len(ranges) > 2 {
		b.WriteByte('^')
		ranges = complementRanges(ranges)
	}
	for i := 0; i < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		writeRune(b, lo, true)
		if hi != lo {
			if hi != lo+1 {
				b.WriteByte('-')
			}
			writeRune(b, hi, true)
		}
	}
	b.WriteByte(']')
}

package syntax

import (
	"strconv"
	"strings"
	"unicode"
)

// InstOp is the kind of a program instruction.
type InstOp uint8

const (
	InstAlt          InstOp = iota // continue at Out and at Arg (Out preferred)
	InstAltMatch                   // InstAlt where one side leads straight to a match
	InstCapture                    // record the position in capture slot Arg
	InstEmptyWidth                 // continue if the EmptyOp bits of Arg hold here
	InstMatch                      // the match ends here
	InstFail                       // no match
	InstNop                        // continue at Out
	InstRune                       // one rune in Rune's ranges (Arg&FoldCase: case-folded)
	InstRune1                      // the rune Rune[0]
	InstRuneAny                    // any rune
	InstRuneAnyNotNL               // any rune but newline
)

var instOpNames = []string{"InstAlt", "InstAltMatch", "InstCapture", "InstEmptyWidth", "InstMatch",
	"InstFail", "InstNop", "InstRune", "InstRune1", "InstRuneAny", "InstRuneAnyNotNL"}

func (i InstOp) String() string {
	if int(i) < len(instOpNames) {
		return instOpNames[i]
	}
	return ""
}

// EmptyOp is a set of zero-width conditions.
type EmptyOp uint8

const (
	EmptyBeginLine EmptyOp = 1 << iota
	EmptyEndLine
	EmptyBeginText
	EmptyEndText
	EmptyWordBoundary
	EmptyNoWordBoundary
)

// EmptyOpContext gives the conditions that hold between the runes before and after a
// position (-1 standing for the text's start or end).
func EmptyOpContext(r1, r2 rune) EmptyOp {
	set := func(cond bool, bits EmptyOp) EmptyOp {
		if cond {
			return bits
		}
		return 0
	}
	return set(r1 < 0, EmptyBeginText) |
		set(r1 < 0 || r1 == '\n', EmptyBeginLine) |
		set(r2 < 0, EmptyEndText) |
		set(r2 < 0 || r2 == '\n', EmptyEndLine) |
		set(IsWordChar(r1) != IsWordChar(r2), EmptyWordBoundary) |
		set(IsWordChar(r1) == IsWordChar(r2), EmptyNoWordBoundary)
}

// IsWordChar reports whether r is an ASCII word character, as \b counts them.
func IsWordChar(r rune) bool {
	return '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_'
}

// Inst is one instruction of a program.
type Inst struct {
	Op   InstOp
	Out  uint32 // the next instruction (all but InstMatch and InstFail)
	Arg  uint32 // second branch, capture slot or EmptyOp bits
	Rune []rune
}

// Prog is a compiled regular expression.
type Prog struct {
	Inst   []Inst
	Start  int // first instruction
	NumCap int // capture slots used (2 per group, group 0 included)
}

// MatchRune reports whether the rune instruction i accepts r.
func (i *Inst) MatchRune(r rune) bool { return i.MatchRunePos(r) >= 0 }

// MatchRunePos reports which range (pair index) of the rune instruction i accepts r, or
// -1. A one-rune instruction answers 0.
func (i *Inst) MatchRunePos(r rune) int {
	rs := i.Rune
	switch len(rs) {
	case 0:
		return -1
	case 1:
		r0 := rs[0]
		if r == r0 {
			return 0
		}
		if i.folds() {
			for _, f := range foldPartners(r0) {
				if r == f {
					return 0
				}
			}
		}
		return -1
	}
	lo, hi := 0, len(rs)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rs[2*m+1] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(rs)/2 && rs[2*lo] <= r {
		return lo
	}
	return -1
}

// folds reports whether a rune instruction ignores case.
func (i *Inst) folds() bool { return i.Arg&uint32(FoldCase) != 0 }

// MatchEmptyWidth reports whether the conditions of the empty-width instruction i hold
// between the runes before and after a position.
func (i *Inst) MatchEmptyWidth(before, after rune) bool {
	return EmptyOp(i.Arg)&^EmptyOpContext(before, after) == 0
}

func (i *Inst) String() string {
	var b strings.Builder
	i.write(&b)
	return b.String()
}

func (i *Inst) write(b *strings.Builder) {
	out := strconv.Itoa(int(i.Out))
	switch i.Op {
	case InstAlt:
		b.WriteString("alt -> " + out + ", " + strconv.Itoa(int(i.Arg)))
	case InstAltMatch:
		b.WriteString("altmatch -> " + out + ", " + strconv.Itoa(int(i.Arg)))
	case InstCapture:
		b.WriteString("cap " + strconv.Itoa(int(i.Arg)) + " -> " + out)
	case InstEmptyWidth:
		b.WriteString("empty " + strconv.Itoa(int(i.Arg)) + " -> " + out)
	case InstMatch:
		b.WriteString("match")
	case InstFail:
		b.WriteString("fail")
	case InstNop:
		b.WriteString("nop -> " + out)
	case InstRune:
		if i.Rune == nil {
			b.WriteString("rune <nil>")
		} else {
			b.WriteString("rune " + strconv.QuoteToASCII(string(i.Rune)))
		}
		if i.folds() {
			b.WriteString("/i")
		}
		b.WriteString(" -> " + out)
	case InstRune1:
		b.WriteString("rune1 " + strconv.QuoteToASCII(string(i.Rune)) + " -> " + out)
	case InstRuneAny:
		b.WriteString("any -> " + out)
	case InstRuneAnyNotNL:
		b.WriteString("anynotnl -> " + out)
	}
}

func (p *Prog) String() string {
	var b strings.Builder
	for pc := range p.Inst {
		n := strconv.Itoa(pc)
		for k := len(n); k < 3; k++ {
			b.WriteByte(' ')
		}
		b.WriteString(n)
		if pc == p.Start {
			b.WriteByte('*')
		}
		b.WriteByte('\t')
		p.Inst[pc].write(&b)
		b.WriteByte('\n')
	}
	return b.String()
}

// skipNops follows no-ops and captures from pc.
func (p *Prog) skipNops(pc uint32) *Inst {
	for {
		switch i := &p.Inst[pc]; i.Op {
		case InstNop, InstCapture:
			pc = i.Out
		default:
			return i
		}
	}
}

// Prefix gives the literal text every match must start with, and whether that text is
// the whole match.
func (p *Prog) Prefix() (prefix string, complete bool) {
	i := p.skipNops(uint32(p.Start))
	if i.Op != InstRune1 && !(i.Op == InstRune && len(i.Rune) == 1 && Flags(i.Arg)&FoldCase == 0) {
		return "", i.Op == InstMatch
	}
	var b strings.Builder
	for (i.Op == InstRune1 || i.Op == InstRune && len(i.Rune) == 1) && Flags(i.Arg)&FoldCase == 0 && i.Rune[0] != utf8RuneError {
		b.WriteRune(i.Rune[0])
		i = p.skipNops(i.Out)
	}
	return b.String(), i.Op == InstMatch
}

const utf8RuneError = '\uFFFD'

// StartCond gives the empty-width conditions every match must satisfy at its start;
// ^EmptyOp(0) when no match is possible.
func (p *Prog) StartCond() EmptyOp {
	var cond EmptyOp
	pc := uint32(p.Start)
	for {
		i := &p.Inst[pc]
		switch i.Op {
		case InstEmptyWidth:
			cond |= EmptyOp(i.Arg)
		case InstCapture, InstNop:
		default:
			return cond
		}
		pc = i.Out
	}
}

// hole is an unfilled successor: instruction pc's Out (even) or Arg (odd) as pc*2+side.
type hole uint32

// frag is a compiled piece: its entry and the successors still to be filled.
type frag struct {
	start    uint32
	holes    []hole
	nullable bool // can match the empty string
}

type compiler struct {
	prog *Prog
}

// Compile translates a tree (Simplify it first) into a program.
func Compile(re *Regexp) (*Prog, error) {
	c := &compiler{prog: &Prog{NumCap: 2}}
	c.emit(Inst{Op: InstFail})
	f := c.code(re)
	m := c.emit(Inst{Op: InstMatch})
	c.patch(f.holes, m)
	c.prog.Start = int(f.start)
	return c.prog, nil
}

func (c *compiler) emit(i Inst) uint32 {
	c.prog.Inst = append(c.prog.Inst, i)
	return uint32(len(c.prog.Inst) - 1)
}

func (c *compiler) patch(hs []hole, to uint32) {
	for _, h := range hs {
		in := &c.prog.Inst[h>>1]
		if h&1 == 0 {
			in.Out = to
		} else {
			in.Arg = to
		}
	}
}

// single emits one instruction whose Out is left open.
func (c *compiler) single(i Inst, nullable bool) frag {
	pc := c.emit(i)
	return frag{start: pc, holes: []hole{hole(pc << 1)}, nullable: nullable}
}

func (c *compiler) code(re *Regexp) frag {
	switch re.Op {
	case OpNoMatch:
		return frag{start: 0}
	case OpEmptyMatch:
		return c.single(Inst{Op: InstNop}, true)
	case OpLiteral:
		var f frag
		for k, r := range re.Rune {
			g := c.runeFrag([]rune{r}, re.Flags&FoldCase)
			if k == 0 {
				f = g
			} else {
				f = c.then(f, g)
			}
		}
		if len(re.Rune) == 0 {
			return c.single(Inst{Op: InstNop}, true)
		}
		return f
	case OpCharClass:
		if len(re.Rune) == 0 {
			return c.single(Inst{Op: InstRune, Rune: []rune{}}, false) // matches no rune
		}
		return c.runeFrag(re.Rune, 0)
	case OpAnyCharNotNL:
		return c.single(Inst{Op: InstRuneAnyNotNL, Rune: []rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}}, false)
	case OpAnyChar:
		return c.single(Inst{Op: InstRuneAny, Rune: []rune{0, unicode.MaxRune}}, false)
	case OpBeginLine:
		return c.single(Inst{Op: InstEmptyWidth, Arg: uint32(EmptyBeginLine)}, true)
	case OpEndLine:
		return c.single(Inst{Op: InstEmptyWidth, Arg: uint32(EmptyEndLine)}, true)
	case OpBeginText:
		return c.single(Inst{Op: InstEmptyWidth, Arg: uint32(EmptyBeginText)}, true)
	case OpEndText:
		return c.single(Inst{Op: InstEmptyWidth, Arg: uint32(EmptyEndText)}, true)
	case OpWordBoundary:
		return c.single(Inst{Op: InstEmptyWidth, Arg: uint32(EmptyWordBoundary)}, true)
	case OpNoWordBoundary:
		return c.single(Inst{Op: InstEmptyWidth, Arg: uint32(EmptyNoWordBoundary)}, true)
	case OpCapture:
		if n := 2*re.Cap + 2; n > c.prog.NumCap {
			c.prog.NumCap = n
		}
		open := c.single(Inst{Op: InstCapture, Arg: uint32(2 * re.Cap)}, true)
		body := c.code(re.Sub[0])
		close := c.single(Inst{Op: InstCapture, Arg: uint32(2*re.Cap + 1)}, true)
		return c.then(c.then(open, body), close)
	case OpStar:
		sub := c.code(re.Sub[0])
		if sub.nullable {
			// (x+)? keeps an empty-matching x from winning over a longer one.
			return c.quest(c.plus(sub, re.Flags), re.Flags)
		}
		return c.star(sub, re.Flags)
	case OpPlus:
		return c.plus(c.code(re.Sub[0]), re.Flags)
	case OpQuest:
		return c.quest(c.code(re.Sub[0]), re.Flags)
	case OpRepeat:
		return c.code(re.Simplify())
	case OpConcat:
		if len(re.Sub) == 0 {
			return c.single(Inst{Op: InstNop}, true)
		}
		f := c.code(re.Sub[0])
		for _, s := range re.Sub[1:] {
			f = c.then(f, c.code(s))
		}
		return f
	case OpAlternate:
		if len(re.Sub) == 0 {
			return frag{start: 0}
		}
		f := c.code(re.Sub[0])
		for _, s := range re.Sub[1:] {
			f = c.or(f, c.code(s))
		}
		return f
	}
	return frag{start: 0}
}

func (c *compiler) runeFrag(rs []rune, fold Flags) frag {
	if len(rs) == 1 && fold == 0 {
		return c.single(Inst{Op: InstRune1, Rune: rs}, false)
	}
	if len(rs) == 1 {
		return c.single(Inst{Op: InstRune, Rune: rs, Arg: uint32(FoldCase)}, false)
	}
	if len(rs) == 2 && rs[0] == 0 && rs[1] == unicode.MaxRune {
		return c.single(Inst{Op: InstRuneAny, Rune: rs}, false)
	}
	if len(rs) == 4 && rs[0] == 0 && rs[1] == '\n'-1 && rs[2] == '\n'+1 && rs[3] == unicode.MaxRune {
		return c.single(Inst{Op: InstRuneAnyNotNL, Rune: rs}, false)
	}
	return c.single(Inst{Op: InstRune, Rune: rs}, false)
}

// then runs a, then b. A fragment starting at 0 never matches.
func (c *compiler) then(a, b frag) frag {
	if a.start == 0 || b.start == 0 {
		return frag{start: 0}
	}
	c.patch(a.holes, b.start)
	return frag{start: a.start, holes: b.holes, nullable: a.nullable && b.nullable}
}

// or tries a, then b.
func (c *compiler) or(a, b frag) frag {
	if a.start == 0 {
		return b
	}
	if b.start == 0 {
		return a
	}
	pc := c.emit(Inst{Op: InstAlt, Out: a.start, Arg: b.start})
	holes := append(append([]hole(nil), a.holes...), b.holes...)
	return frag{start: pc, holes: holes, nullable: a.nullable || b.nullable}
}

// loop emits the alternative between running sub (again) and leaving; greedy prefers sub.
func (c *compiler) loopAlt(sub frag, flags Flags) (uint32, hole) {
	pc := c.emit(Inst{Op: InstAlt})
	in := &c.prog.Inst[pc]
	if flags&NonGreedy != 0 {
		in.Arg = sub.start
		return pc, hole(pc << 1)
	}
	in.Out = sub.start
	return pc, hole(pc<<1 | 1)
}

func (c *compiler) star(sub frag, flags Flags) frag {
	if sub.start == 0 {
		return c.single(Inst{Op: InstNop}, true)
	}
	pc, exit := c.loopAlt(sub, flags)
	c.patch(sub.holes, pc)
	return frag{start: pc, holes: []hole{exit}, nullable: true}
}

func (c *compiler) plus(sub frag, flags Flags) frag {
	if sub.start == 0 {
		return sub
	}
	pc, exit := c.loopAlt(sub, flags)
	c.patch(sub.holes, pc)
	return frag{start: sub.start, holes: []hole{exit}, nullable: sub.nullable}
}

func (c *compiler) quest(sub frag, flags Flags) frag {
	if sub.start == 0 {
		return c.single(Inst{Op: InstNop}, true)
	}
	pc, skip := c.loopAlt(sub, flags)
	return frag{start: pc, holes: append([]hole{skip}, sub.holes...), nullable: true}
}

// Simplify rewrites counted repetitions with *, + and ?, giving an equivalent tree that
// shares unchanged parts with re.
func (re *Regexp) Simplify() *Regexp {
	if re == nil {
		return nil
	}
	switch re.Op {
	case OpCapture, OpConcat, OpAlternate, OpStar, OpPlus, OpQuest:
		subs := make([]*Regexp, len(re.Sub))
		changed := false
		for k, s := range re.Sub {
			subs[k] = s.Simplify()
			changed = changed || subs[k] != s
		}
		if !changed {
			return re
		}
		x := *re
		x.Sub = subs
		return &x
	case OpRepeat:
		return expandRepeat(re.Sub[0].Simplify(), re.Min, re.Max, re.Flags)
	}
	return re
}

func wrap(op Op, sub *Regexp, flags Flags) *Regexp {
	re := &Regexp{Op: op, Flags: flags & NonGreedy}
	re.Sub = re.Sub0[:1]
	re.Sub[0] = sub
	return re
}

func expandRepeat(x *Regexp, min, max int, flags Flags) *Regexp {
	if max == 0 || x.Op == OpEmptyMatch {
		return &Regexp{Op: OpEmptyMatch, Flags: flags &^ NonGreedy}
	}
	if min == 0 && max < 0 {
		return wrap(OpStar, x, flags)
	}
	if min == 0 && max == 1 {
		return wrap(OpQuest, x, flags)
	}
	if min == 1 && max == 1 {
		return x
	}
	var parts []*Regexp
	if max < 0 {
		for k := 0; k < min-1; k++ {
			parts = append(parts, x)
		}
		parts = append(parts, wrap(OpPlus, x, flags))
	} else {
		for k := 0; k < min; k++ {
			parts = append(parts, x)
		}
		if max > min {
			// (x(x(x)?)?)? for the optional copies, innermost first.
			opt := wrap(OpQuest, x, flags)
			for k := 1; k < max-min; k++ {
				opt = wrap(OpQuest, &Regexp{Op: OpConcat, Sub: []*Regexp{x, opt}}, flags)
			}
			parts = append(parts, opt)
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return &Regexp{Op: OpConcat, Sub: parts}
}

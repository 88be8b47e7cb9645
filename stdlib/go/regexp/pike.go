package regexp

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// The matcher simulates the program's NFA over the input, one rune at a time, with every
// live thread carried in priority order (Pike's VM). Each thread holds its own capture
// slots; at most one thread per instruction is kept at a position, so a search takes
// O(len(program) × len(input)) time whatever the pattern.

// slot is a live thread at a position: the instruction it waits on and its captures
// (nil for instructions that only pass control on).
type slot struct {
	pc   uint32
	caps []int
}

// threadSet is a sparse set of instructions in insertion (priority) order.
type threadSet struct {
	index []uint32 // pc -> position in list, valid when list[index[pc]].pc == pc
	list  []slot
}

func newThreadSet(n int) threadSet {
	return threadSet{index: make([]uint32, n), list: make([]slot, 0, n)}
}

func (t *threadSet) has(pc uint32) bool {
	k := t.index[pc]
	return int(k) < len(t.list) && t.list[k].pc == pc
}

// matcher is the state of one search; a Regexp keeps spare ones in a pool.
type matcher struct {
	prog     *syntax.Prog
	cur, nxt threadSet
	ncap     int
	longest  bool
	matched  bool
	best     []int
	spare    [][]int
	work     []int
}

// setProg readies m for a search with prog.
func (m *matcher) setProg(prog *syntax.Prog) {
	m.prog = prog
	if n := len(prog.Inst); len(m.cur.index) < n {
		m.cur, m.nxt = newThreadSet(n), newThreadSet(n)
	}
	m.best = nil
}

func (m *matcher) capsCopy(from []int) []int {
	var c []int
	if n := len(m.spare); n > 0 {
		c = m.spare[n-1]
		m.spare = m.spare[:n-1]
	} else {
		c = make([]int, m.ncap)
	}
	copy(c, from)
	return c
}

func (m *matcher) release(c []int) {
	if c != nil {
		m.spare = append(m.spare, c)
	}
}

// follow adds pc and everything reachable from it without consuming input to t, for a
// thread at position pos whose surroundings satisfy the conditions ctx.
func (m *matcher) follow(t *threadSet, pc uint32, pos int, caps []int, ctx syntax.EmptyOp) {
	for {
		if t.has(pc) {
			return
		}
		t.index[pc] = uint32(len(t.list))
		t.list = append(t.list, slot{pc: pc})
		in := &m.prog.Inst[pc]
		switch plainOp(in.Op) {
		case syntax.InstAlt:
			m.follow(t, in.Out, pos, caps, ctx)
			pc = in.Arg
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^ctx != 0 {
				return
			}
			pc = in.Out
		case syntax.InstNop:
			pc = in.Out
		case syntax.InstCapture:
			if k := int(in.Arg); k < len(caps) {
				old := caps[k]
				caps[k] = pos
				m.follow(t, in.Out, pos, caps, ctx)
				caps[k] = old
				return
			}
			pc = in.Out
		case syntax.InstFail:
			return
		default: // rune instructions and Match wait for the next step
			t.list[len(t.list)-1].caps = m.capsCopy(caps)
			return
		}
	}
}

// step advances the threads of cur over the rune r at pos (width w; r < 0 at the end)
// into nxt, whose threads stand at pos+w with surroundings ctx. A thread reaching Match
// records the match.
func (m *matcher) step(pos int, r rune, w int, ctx syntax.EmptyOp) {
	cur := &m.cur
	for k := 0; k < len(cur.list); k++ {
		s := &cur.list[k]
		caps := s.caps
		if caps == nil {
			continue
		}
		s.caps = nil
		if m.longest && m.matched && len(caps) > 0 && m.best[0] < caps[0] {
			m.release(caps)
			continue
		}
		in := &m.prog.Inst[s.pc]
		ok := false
		switch in.Op {
		case syntax.InstMatch:
			if len(caps) > 0 {
				caps[1] = pos
			}
			if !m.longest {
				// Leftmost-first: the lower-priority threads after this one lose.
				m.keep(caps)
				for j := k + 1; j < len(cur.list); j++ {
					m.release(cur.list[j].caps)
					cur.list[j].caps = nil
				}
				return
			}
			if !m.matched || caps[0] < m.best[0] || caps[0] == m.best[0] && pos > m.best[1] {
				m.keep(caps)
			} else {
				m.release(caps)
			}
			continue
		case syntax.InstRune1:
			ok = r == in.Rune[0]
		case syntax.InstRune:
			ok = r >= 0 && in.MatchRune(r)
		case syntax.InstRuneAny:
			ok = r >= 0
		case syntax.InstRuneAnyNotNL:
			ok = r >= 0 && r != '\n'
		}
		if ok {
			m.follow(&m.nxt, in.Out, pos+w, caps, ctx)
		}
		m.release(caps)
	}
}

func (m *matcher) keep(caps []int) {
	if m.best == nil {
		m.best = make([]int, m.ncap)
	}
	copy(m.best, caps)
	m.matched = true
	m.release(caps)
}

// startBytes finds the ASCII bytes the first rune of a match can start with, following
// the program from its start through everything that consumes no input (empty-width
// conditions assumed to hold). nil when a match can be empty or start with any byte.
func startBytes(prog *syntax.Prog) *[128]bool {
	var set [128]bool
	seen := make([]bool, len(prog.Inst))
	stack := []uint32{uint32(prog.Start)}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch plainOp(in.Op) {
		case syntax.InstAlt:
			stack = append(stack, in.Out, in.Arg)
		case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop:
			stack = append(stack, in.Out)
		case syntax.InstFail:
		case syntax.InstRune, syntax.InstRune1:
			for c := 0; c < utf8.RuneSelf; c++ {
				if !set[c] && in.MatchRune(rune(c)) {
					set[c] = true
				}
			}
		default: // Match, any rune
			return nil
		}
	}
	return &set
}

// plainOp reads InstAltMatch (a hint our matchers do not use) as InstAlt.
func plainOp(op syntax.InstOp) syntax.InstOp {
	if op == syntax.InstAltMatch {
		return syntax.InstAlt
	}
	return op
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func runeBefore(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// search looks for the leftmost match in s starting at or after pos. It fills dst
// (ncap capture slots, -1 when unset) and reports whether there was a match.
func (re *Regexp) search(s string, pos int, dst []int) bool {
	if re.canBacktrack(s, pos) {
		return re.backtrack(s, pos, dst)
	}
	m := re.getMatcher()
	defer re.putMatcher(m)
	ncap := len(dst)
	if re.longest && ncap < 2 {
		ncap = 0 // any match will do: stop at the first one
	}
	m.ncap = ncap
	m.longest = re.longest && ncap >= 2
	m.matched = false
	m.spare = m.spare[:0]
	if cap(m.work) < ncap {
		m.work = make([]int, ncap)
	}
	work := m.work[:ncap]
	if m.best != nil && len(m.best) != ncap {
		m.best = nil
	}
	m.cur.list = m.cur.list[:0]
	m.nxt.list = m.nxt.list[:0]
	if re.anchored && pos > 0 {
		return false
	}
	prev := runeBefore(s, pos)
	r, w := runeAt(s, pos)
	for {
		if len(m.cur.list) == 0 {
			if m.matched || re.anchored && pos > 0 {
				break
			}
			// No thread alive: skip ASCII bytes no match starts with, and jump to the
			// next place the literal prefix occurs.
			if sb := re.startBytes; sb != nil && pos < len(s) && s[pos] < utf8.RuneSelf && !sb[s[pos]] {
				for pos < len(s) && s[pos] < utf8.RuneSelf && !sb[s[pos]] {
					pos++
				}
				prev = runeBefore(s, pos)
				r, w = runeAt(s, pos)
			}
			if re.prefix != "" && pos < len(s) && !strings.HasPrefix(s[pos:], re.prefix) {
				k := strings.Index(s[pos:], re.prefix)
				if k < 0 {
					break
				}
				pos += k
				prev = runeBefore(s, pos)
				r, w = runeAt(s, pos)
			}
		}
		if !m.matched && !(re.anchored && pos > 0) {
			for k := range work {
				work[k] = -1
			}
			if ncap > 0 {
				work[0] = pos
			}
			m.follow(&m.cur, uint32(re.prog.Start), pos, work, syntax.EmptyOpContext(prev, r))
		}
		if len(m.cur.list) == 0 && (m.matched || pos >= len(s)) {
			break
		}
		next := pos + w
		r2, w2 := runeAt(s, next)
		m.step(pos, r, w, syntax.EmptyOpContext(r, r2))
		if m.matched && ncap == 0 {
			break
		}
		if pos >= len(s) {
			break
		}
		m.cur, m.nxt = m.nxt, m.cur
		m.nxt.list = m.nxt.list[:0]
		prev, pos, r, w = r, next, r2, w2
	}
	for k := range m.cur.list {
		m.release(m.cur.list[k].caps)
	}
	for k := range m.nxt.list {
		m.release(m.nxt.list[k].caps)
	}
	if !m.matched {
		return false
	}
	copy(dst, m.best)
	return true
}

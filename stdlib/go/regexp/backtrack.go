package regexp

import "regexp/syntax"

// For small searches (program size × text length within maxBacktrackStates) a
// depth-first search over the program finds the same leftmost-first match as the Pike
// VM with far less bookkeeping: alternatives are tried in priority order and each
// (instruction, position) state is explored at most once, because a state that failed
// once fails again whatever path led to it. Time stays linear in the states.

const maxBacktrackStates = 256 * 1024

// btJob is a pending alternative (pc at pos) or, when slot >= 0, a capture slot to
// restore to old when the search backs out past it.
type btJob struct {
	pc   uint32
	pos  int
	slot int
	old  int
}

type backtracker struct {
	seen []uint32 // bit per state, (pos-base)*len(prog)+pc
	jobs []btJob
	caps []int
}

func (re *Regexp) canBacktrack(s string, pos int) bool {
	return !re.longest && len(re.prog.Inst)*(len(s)-pos+1) <= maxBacktrackStates
}

// backtrack is search for small inputs (see canBacktrack).
func (re *Regexp) backtrack(s string, pos int, dst []int) bool {
	b, _ := backtrackerPool.Get().(*backtracker)
	if b == nil {
		b = &backtracker{}
	}
	defer backtrackerPool.Put(b)
	n := len(re.prog.Inst)
	words := (n*(len(s)-pos+1) + 31) / 32
	if cap(b.seen) < words {
		b.seen = make([]uint32, words)
	} else {
		b.seen = b.seen[:words]
		clear(b.seen)
	}
	if cap(b.caps) < len(dst) {
		b.caps = make([]int, len(dst))
	}
	b.caps = b.caps[:len(dst)]
	last := len(s)
	if re.anchored {
		if pos > 0 {
			return false
		}
		last = 0
	}
	for start := pos; start <= last; start++ {
		if start > pos && start < len(s) && s[start]&0xC0 == 0x80 {
			continue // not at a rune start
		}
		if re.prefix != "" && !hasPrefixAt(s, start, re.prefix) {
			continue
		}
		for k := range b.caps {
			b.caps[k] = -1
		}
		if len(b.caps) > 0 {
			b.caps[0] = start
		}
		if b.try(re.prog, s, pos, start) {
			copy(dst, b.caps)
			return true
		}
	}
	return false
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// try explores the program from state (Start, start); base is the position the seen
// bits count from.
func (b *backtracker) try(prog *syntax.Prog, s string, base, start int) bool {
	n := len(prog.Inst)
	b.jobs = append(b.jobs[:0], btJob{pc: uint32(prog.Start), pos: start, slot: -1})
	for len(b.jobs) > 0 {
		j := b.jobs[len(b.jobs)-1]
		b.jobs = b.jobs[:len(b.jobs)-1]
		if j.slot >= 0 {
			b.caps[j.slot] = j.old
			continue
		}
		pc, pos := j.pc, j.pos
	run:
		for {
			bit := (pos-base)*n + int(pc)
			if b.seen[bit>>5]&(1<<(bit&31)) != 0 {
				break
			}
			b.seen[bit>>5] |= 1 << (bit & 31)
			in := &prog.Inst[pc]
			switch plainOp(in.Op) {
			case syntax.InstAlt:
				b.jobs = append(b.jobs, btJob{pc: in.Arg, pos: pos, slot: -1})
				pc = in.Out
			case syntax.InstCapture:
				if k := int(in.Arg); k < len(b.caps) {
					b.jobs = append(b.jobs, btJob{slot: k, old: b.caps[k]})
					b.caps[k] = pos
				}
				pc = in.Out
			case syntax.InstEmptyWidth:
				ctx := syntax.EmptyOpContext(runeBefore(s, pos), runeOrEnd(s, pos))
				if syntax.EmptyOp(in.Arg)&^ctx != 0 {
					break run
				}
				pc = in.Out
			case syntax.InstNop:
				pc = in.Out
			case syntax.InstMatch:
				if len(b.caps) > 1 {
					b.caps[1] = pos
				}
				return true
			case syntax.InstFail:
				break run
			default:
				r, w := runeAt(s, pos)
				ok := false
				switch in.Op {
				case syntax.InstRune1:
					ok = r == in.Rune[0]
				case syntax.InstRune:
					ok = r >= 0 && in.MatchRune(r)
				case syntax.InstRuneAny:
					ok = r >= 0
				case syntax.InstRuneAnyNotNL:
					ok = r >= 0 && r != '\n'
				}
				if !ok {
					break run
				}
				pos += w
				pc = in.Out
			}
		}
	}
	return false
}

func runeOrEnd(s string, i int) rune {
	r, _ := runeAt(s, i)
	return r
}

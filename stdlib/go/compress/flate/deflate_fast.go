package flate

// fastMatcher is BestSpeed's LZ77 pass (the single-probe hash matcher of Snappy
// lineage): a table maps the hash of 4 bytes to the last position they were seen at; a
// position is checked once, and the gap between probes grows while nothing matches. It
// codes one block (at most 65535 bytes) at a time and may refer into the block before.
type fastMatcher struct {
	seen  []uint32 // the 4 bytes at the recorded position
	at    []int32  // position + shift (a running count over all blocks)
	last  []byte   // the previous block
	shift int32
}

const (
	fastTableBits = 14
	fastMargin    = 15 // bytes at the end of a block never probed
	fastMinBlock  = 17 // shorter blocks are all literals
	fastRebase    = 1<<31 - 1 - 2*maxStored
	fastReach     = windowSize
)

func newFastMatcher() *fastMatcher {
	return &fastMatcher{
		seen:  make([]uint32, 1<<fastTableBits),
		at:    make([]int32, 1<<fastTableBits),
		last:  make([]byte, 0, maxStored),
		shift: maxStored,
	}
}

func fastHash(v uint32) uint32 { return v * hashMul >> (32 - fastTableBits) }

func get32(b []byte, i int32) uint32 {
	return uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
}

// restart forgets everything (Reset).
func (f *fastMatcher) restart() {
	f.last = f.last[:0]
	f.shift += fastReach
	if f.shift >= fastRebase {
		f.rebase()
	}
}

// forget is what a short flushed block does: the next block starts without history.
func (f *fastMatcher) forget() { f.restart() }

// rebase lowers the recorded positions before they overflow.
func (f *fastMatcher) rebase() {
	if len(f.last) == 0 {
		clear(f.seen)
		clear(f.at)
	} else {
		for i, v := range f.at {
			v = v - f.shift + fastReach + 1
			if v < 0 {
				v = 0
			}
			f.at[i] = v
		}
	}
	f.shift = fastReach + 1
}

// tokenize appends the tokens of src to dst.
func (f *fastMatcher) tokenize(dst []uint32, src []byte) []uint32 {
	if f.shift >= fastRebase {
		f.rebase()
	}
	if len(src) < fastMinBlock {
		f.shift += maxStored
		f.last = f.last[:0]
		for _, c := range src {
			dst = append(dst, uint32(c))
		}
		return dst
	}
	stopAt := int32(len(src) - fastMargin)
	done := int32(0) // src[:done] has tokens
	s := int32(0)
	cv := get32(src, 0)
	h := fastHash(cv)
	for {
		// probe forward until a position's 4 bytes were seen within reach
		gap := int32(32)
		next := s
		var cand int32
		for {
			s = next
			step := gap >> 5
			next = s + step
			gap += step
			if next > stopAt {
				return f.finish(dst, src, done)
			}
			slot := h & (1<<fastTableBits - 1)
			candSeen, candAt := f.seen[slot], f.at[slot]
			ahead := get32(src, next)
			f.seen[slot], f.at[slot] = cv, s+f.shift
			h = fastHash(ahead)
			cand = candAt - f.shift
			if s-cand <= fastReach && cv == candSeen {
				break
			}
			cv = ahead
		}
		for _, c := range src[done:s] {
			dst = append(dst, uint32(c))
		}
		// extend and emit matches as long as the position after one matches again
		for {
			s += 4
			n := f.extend(s, cand+4, src)
			dst = append(dst, matchTok(int(n)+4, int(s-cand-4)))
			s += n
			done = s
			if s >= stopAt {
				return f.finish(dst, src, done)
			}
			b8 := uint64(get32(src, s-1)) | uint64(get32(src, s+3))<<32
			slot := fastHash(uint32(b8)) & (1<<fastTableBits - 1)
			f.seen[slot], f.at[slot] = uint32(b8), s-1+f.shift
			b8 >>= 8
			slot = fastHash(uint32(b8)) & (1<<fastTableBits - 1)
			candSeen, candAt := f.seen[slot], f.at[slot]
			f.seen[slot], f.at[slot] = uint32(b8), s+f.shift
			cand = candAt - f.shift
			if s-cand > fastReach || uint32(b8) != candSeen {
				cv = uint32(b8 >> 8)
				h = fastHash(cv)
				s++
				break
			}
		}
	}
}

func (f *fastMatcher) finish(dst []uint32, src []byte, done int32) []uint32 {
	for _, c := range src[done:] {
		dst = append(dst, uint32(c))
	}
	f.shift += int32(len(src))
	f.last = append(f.last[:0], src...)
	return dst
}

// extend counts how many bytes from src[s:] equal those from position t on (at most
// 254); a negative t is in the previous block, and the match may run on from it into
// the start of src.
func (f *fastMatcher) extend(s, t int32, src []byte) int32 {
	end := int(s) + maxMatch - 4
	if end > len(src) {
		end = len(src)
	}
	a := src[s:end]
	if t >= 0 {
		b := src[t:]
		n := 0
		for n < len(a) && a[n] == b[n] {
			n++
		}
		return int32(n)
	}
	from := int32(len(f.last)) + t
	if from < 0 {
		return 0
	}
	b := f.last[from:]
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n < len(b) || n == len(a) {
		return int32(n)
	}
	rest := a[n:]
	m := 0
	for m < len(rest) && rest[m] == src[m] {
		m++
	}
	return int32(n + m)
}

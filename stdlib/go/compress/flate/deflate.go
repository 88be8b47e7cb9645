package flate

import (
	"errors"
	"io"
	"strconv"
)

// Compression levels.
const (
	NoCompression      = 0
	BestSpeed          = 1
	BestCompression    = 9
	DefaultCompression = -1
	// HuffmanOnly codes every byte as a literal: no back-references, only Huffman
	// coding (fast, for data LZ77 does not help).
	HuffmanOnly = -2
)

// The compressor makes the same choices as Go's, so that its output is Go's byte for
// byte (checked by differential tests against Go, see tests/run/compress_flate_exact.go):
// the same LZ77 searches per level, the same block boundaries, the same Huffman codes
// (length-limited by package-merge, ties between equal weights resolved the same way)
// and the same choice between stored, fixed and dynamic blocks.
const (
	maxStored  = 65535   // the most bytes a stored block holds
	maxTokens  = 1 << 14 // tokens of a block of the chain matcher
	eob        = 256
	litCodes   = 286
	distCodes  = 30
	runCodes   = 19      // the code-length alphabet of a dynamic header
	shortMatch = 4       // the chain matcher's shortest match
	lookNeed   = 4 + 258 // input the chain matcher wants ahead of its position
	hashShift  = 32 - 17
	hashMul    = 0x1e35a7bd
	offsetWrap = 1 << 24 // chain positions are rebased before they reach this
	noSkip     = 1<<31 - 1
	maxMatch   = 258 // the longest match
)

// A token is a literal byte (or eob), or a match: matchBit | (length-3)<<16 | (distance-1).
const matchBit = 1 << 31

func matchTok(length, dist int) uint32 { return matchBit | uint32(length-3)<<16 | uint32(dist-1) }

// chainLevel: the parameters of levels 2..9. A match found by the chain search is taken
// as soon as it is nice long or after chain candidates. Levels with skip < noSkip take
// every match at once and do not hash the inside of a match longer than skip; the others
// hold a match back one byte (lazy matching) while it is shorter than lazy. good is part
// of the published parameter set; Go's search never reaches it (it starts each search from
// the shortest length), and neither does ours.
type chainLevel struct{ good, lazy, nice, chain, skip int }

var chainLevels = [10]chainLevel{
	2: {4, 0, 16, 8, 5},
	3: {4, 0, 32, 32, 6},
	4: {4, 4, 16, 16, noSkip},
	5: {8, 16, 32, 32, noSkip},
	6: {8, 16, 128, 128, noSkip},
	7: {8, 32, 128, 256, noSkip},
	8: {32, 128, 258, 1024, noSkip},
	9: {32, 258, 258, 4096, noSkip},
}

// engine kinds
const (
	engStore = iota // NoCompression: stored blocks of up to 65535 bytes
	engHuff         // HuffmanOnly: literal-only dynamic blocks of up to 65535 bytes
	engFast         // BestSpeed: one hash probe per position, blocks of up to 65535 bytes
	engChain        // levels 2..9: hash chains
)

var errWriterClosed = errors.New(pkgPrefix + "closed writer")

const pkgPrefix = "flate: "

// Writer compresses what is written to it and writes the DEFLATE stream to an
// underlying writer.
type Writer struct {
	out    bitSink
	eng    int
	cl     chainLevel
	dict   []byte
	isDict bool
	err    error

	// input not yet coded: win[:end]. The chain matcher has coded up to pos and its
	// pending tokens cover win[blockStart:pos].
	win        []byte
	end        int
	pos        int
	blockStart int
	tokens     []uint32

	// chain matcher: head[h] and prev[p&(windowSize-1)] hold positions + base (0: none)
	head      []uint32
	prev      []uint32
	base      int
	lastHead  int // the chain head found when pos was last hashed
	insertEnd int // positions below this have 4 bytes to hash
	held      bool
	curLen    int
	curDist   int

	fast *fastMatcher
}

// NewWriter returns a Writer compressing at level: NoCompression, BestSpeed (1) to
// BestCompression (9), DefaultCompression (6) or HuffmanOnly.
func NewWriter(w io.Writer, level int) (*Writer, error) {
	z := &Writer{}
	switch {
	case level == NoCompression:
		z.eng = engStore
	case level == HuffmanOnly:
		z.eng = engHuff
	case level == BestSpeed:
		z.eng = engFast
		z.fast = newFastMatcher()
		z.tokens = make([]uint32, 0, maxStored+1)
	case level == DefaultCompression || 2 <= level && level <= 9:
		if level < 0 {
			level = 6
		}
		z.eng = engChain
		z.cl = chainLevels[level]
		z.head = make([]uint32, 1<<17)
		z.prev = make([]uint32, windowSize)
		z.tokens = make([]uint32, 0, maxTokens+1)
	default:
		return nil, errors.New("flate: invalid compression level " + strconv.Itoa(level) + ": want value in range [-2, 9]")
	}
	if z.eng == engChain {
		z.win = make([]byte, 2*windowSize)
	} else {
		z.win = make([]byte, maxStored)
	}
	z.out.w = w
	z.clearState()
	return z, nil
}

// NewWriterDict is NewWriter with the preset dictionary dict: the stream may refer back
// into it, and only a reader given the same dictionary (NewReaderDict) decodes it.
func NewWriterDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	z, err := NewWriter(w, level)
	if err != nil {
		return nil, err
	}
	z.isDict = true
	z.dict = append([]byte(nil), dict...)
	z.preload()
	return z, nil
}

// Reset discards the Writer's state and makes it compress to w, as if new (with the
// same level and dictionary).
func (z *Writer) Reset(w io.Writer) {
	z.out = bitSink{w: w}
	z.err = nil
	z.clearState()
	if z.isDict {
		z.preload()
	}
}

func (z *Writer) clearState() {
	z.end, z.pos, z.blockStart = 0, 0, 0
	z.tokens = z.tokens[:0]
	switch z.eng {
	case engFast:
		z.fast.restart()
	case engChain:
		clear(z.head)
		clear(z.prev)
		z.base = 1
		z.lastHead = -1
		z.insertEnd = 0
		z.held = false
		z.curLen, z.curDist = shortMatch-1, 0
	}
}

// preload puts the dictionary (its last 32 KiB) in the window of the chain matcher;
// the other engines do not look back and ignore it.
func (z *Writer) preload() {
	if z.eng != engChain {
		return
	}
	d := z.dict
	if len(d) > windowSize {
		d = d[len(d)-windowSize:]
	}
	n := copy(z.win, d)
	for p := 0; p+shortMatch <= n; p++ {
		z.hashIn(p)
	}
	z.end, z.pos = n, n
}

// Write compresses p; output is written as blocks fill.
func (z *Writer) Write(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	n := len(p)
	for len(p) > 0 {
		z.run(false)
		p = p[z.take(p):]
		if z.err != nil {
			return 0, z.err
		}
	}
	return n, nil
}

// Flush compresses everything written so far and ends it with an empty stored block
// (the "sync marker" 00 00 ff ff), so that a reader can decode all of it without the
// rest of the stream.
func (z *Writer) Flush() error {
	if z.err != nil {
		return z.err
	}
	z.run(true)
	if z.err == nil {
		z.out.storedHeader(0, false)
		z.out.align()
		z.err = z.out.err
	}
	return z.err
}

// Close compresses what is pending and ends the stream (with a final empty stored
// block).
func (z *Writer) Close() error {
	if z.err == errWriterClosed {
		return nil
	}
	if z.err != nil {
		return z.err
	}
	z.run(true)
	if z.err != nil {
		return z.err
	}
	z.out.storedHeader(0, true)
	if z.out.err != nil {
		return z.out.err
	}
	z.out.align()
	if z.out.err != nil {
		return z.out.err
	}
	z.err = errWriterClosed
	return nil
}

// take copies as much of p as the window holds and reports how much.
func (z *Writer) take(p []byte) int {
	if z.eng == engChain && z.pos >= 2*windowSize-lookNeed {
		z.slide()
	}
	k := copy(z.win[z.end:], p)
	z.end += k
	return k
}

// run codes what the window holds: all of it when final (a Flush or Close), else only
// what an engine must code now to make room.
func (z *Writer) run(final bool) {
	switch z.eng {
	case engStore:
		if z.end > 0 && (final || z.end == maxStored) {
			z.out.storedBlock(z.win[:z.end])
			z.err = z.out.err
			z.end = 0
		}
	case engHuff:
		if z.end == 0 || z.end < len(z.win) && !final {
			return
		}
		z.out.literalBlock(z.win[:z.end])
		z.err = z.out.err
		z.end = 0
	case engFast:
		z.runFast(final)
	case engChain:
		z.runChain(final)
	}
}

func (z *Writer) runFast(final bool) {
	if z.end < maxStored {
		if !final {
			return
		}
		if z.end < 128 {
			// a short tail: not worth matching
			if z.end == 0 {
				return
			}
			if z.end <= 16 {
				z.out.storedBlock(z.win[:z.end])
			} else {
				z.out.literalBlock(z.win[:z.end])
			}
			z.err = z.out.err
			z.end = 0
			z.fast.forget()
			return
		}
	}
	data := z.win[:z.end]
	z.tokens = z.fast.tokenize(z.tokens[:0], data)
	if len(z.tokens) > len(data)-len(data)>>4 {
		z.out.literalBlock(data)
	} else {
		z.out.matchBlock(z.tokens, data)
	}
	z.err = z.out.err
	z.end = 0
}

// ---- the chain matcher (levels 2..9) ----

func hash4(b []byte) uint32 {
	v := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	return v * hashMul >> hashShift
}

// hashIn links position p into its hash chain and returns the chain's previous head.
func (z *Writer) hashIn(p int) int {
	h := hash4(z.win[p : p+4])
	old := z.head[h]
	z.prev[p&(windowSize-1)] = old
	z.head[h] = uint32(p + z.base)
	return int(old)
}

// slide moves the second half of the window to the first; positions in the chains
// keep their meaning through base.
func (z *Writer) slide() {
	copy(z.win, z.win[windowSize:])
	z.pos -= windowSize
	z.end -= windowSize
	if z.blockStart >= windowSize {
		z.blockStart -= windowSize
	} else {
		z.blockStart = noSkip // the pending block's bytes are gone: it cannot be stored
	}
	z.base += windowSize
	if z.base > offsetWrap {
		shift := z.base - 1
		z.base = 1
		z.lastHead -= shift
		for _, t := range [][]uint32{z.prev, z.head} {
			for i, v := range t {
				if int(v) > shift {
					t[i] = uint32(int(v) - shift)
				} else {
					t[i] = 0
				}
			}
		}
	}
}

// emit writes the pending tokens as a block ending at position upto.
func (z *Writer) emit(upto int) {
	var raw []byte
	if z.blockStart <= upto {
		raw = z.win[z.blockStart:upto]
	}
	z.blockStart = upto
	z.out.chainBlock(z.tokens, raw)
	z.err = z.out.err
	z.tokens = z.tokens[:0]
}

func (z *Writer) runChain(final bool) {
	if z.end-z.pos < lookNeed && !final {
		return
	}
	eager := z.cl.skip != noSkip
	z.insertEnd = z.end - (shortMatch - 1)
	for {
		ahead := z.end - z.pos
		if ahead < lookNeed {
			if !final {
				return
			}
			if ahead == 0 {
				if z.held {
					z.tokens = append(z.tokens, uint32(z.win[z.pos-1]))
					z.held = false
				}
				if len(z.tokens) > 0 {
					z.emit(z.pos)
				}
				return
			}
		}
		if z.pos < z.insertEnd {
			z.lastHead = z.hashIn(z.pos)
		}
		heldLen, heldDist := z.curLen, z.curDist
		z.curLen, z.curDist = shortMatch-1, 0
		floor := z.pos - windowSize
		if floor < 0 {
			floor = 0
		}
		from := z.lastHead - z.base
		var look bool
		if eager {
			look = ahead >= shortMatch
		} else {
			look = ahead > heldLen && heldLen < z.cl.lazy
		}
		if from >= floor && look {
			if n, d := z.search(from, ahead); n > 0 {
				z.curLen, z.curDist = n, d
			}
		}
		var take bool
		if eager {
			take = z.curLen >= shortMatch
		} else {
			take = heldLen >= shortMatch && z.curLen <= heldLen
		}
		if !take {
			// a literal: with lazy matching, the byte before pos (held back until
			// now) is the one decided
			if eager || z.held {
				at := z.pos
				if !eager {
					at--
				}
				z.tokens = append(z.tokens, uint32(z.win[at]))
				if len(z.tokens) == maxTokens {
					z.emit(at + 1)
					if z.err != nil {
						return
					}
				}
			}
			z.pos++
			if !eager {
				z.held = true
			}
			continue
		}
		var stop int
		if eager {
			z.tokens = append(z.tokens, matchTok(z.curLen, z.curDist))
			stop = z.pos + z.curLen
		} else {
			z.tokens = append(z.tokens, matchTok(heldLen, heldDist))
			stop = z.pos + heldLen - 1
		}
		if z.curLen <= z.cl.skip {
			p := z.pos + 1
			for ; p < stop; p++ {
				if p < z.insertEnd {
					z.hashIn(p)
				}
			}
			z.pos = p
			if !eager {
				z.held = false
				z.curLen = shortMatch - 1
			}
		} else {
			z.pos += z.curLen
		}
		if len(z.tokens) == maxTokens {
			z.emit(z.pos)
			if z.err != nil {
				return
			}
		}
	}
}

// search walks the hash chain from position from for the longest match at pos (at most
// ahead and 258 long); a 4-byte match counts only within 4096 bytes. It returns length
// 0 if none is found.
func (z *Writer) search(from, ahead int) (length, dist int) {
	limit := ahead
	if limit > maxMatch {
		limit = maxMatch
	}
	enough := z.cl.nice
	if enough > limit {
		enough = limit
	}
	return chainSearch(z.win, z.prev, z.pos, from, limit, enough, z.cl.chain, z.base)
}

// chainSearch is the walk itself (a native): candidates are from, then each one's
// predecessor prev[c&(windowSize-1)] - base, while they are at most windowSize back and
// chain of them have not been tried. A candidate is compared only when it agrees at the
// byte just past the best length so far; a longer match replaces the best and ends the
// walk once it is nice long.
func chainSearch(win []byte, prev []uint32, pos, from, limit, nice, chain, base int) (length, dist int)

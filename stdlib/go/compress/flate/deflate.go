package flate

import (
	"errors"
	"io"
	"math/bits"
	"sort"
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

const (
	minMatch     = 3
	maxMatch     = 258
	maxStored    = 65535   // the most bytes a stored block holds
	hashBits     = 15
	maxTokens    = 1 << 14 // symbols per coded block
	matchFlag    = 1 << 30 // token: a match, length << 16 | distance; else a literal
	eob          = 256
	litCodes     = 286
	distCodes    = 30
	lenCodeCount = 19
)

// search parameters of a level: stop searching the chain once a match is this long
// (nice) or after this many candidates (chain); with lazy > 0 a match shorter than lazy
// is held back one byte to see whether the next position starts a longer one, and once
// the held match is good long, only a quarter of the chain is searched.
type searchParams struct{ good, lazy, nice, chain int }

var levels = [10]searchParams{
	1: {4, 0, 8, 4},
	2: {4, 0, 16, 8},
	3: {4, 0, 32, 32},
	4: {4, 4, 16, 16},
	5: {8, 16, 32, 32},
	6: {8, 16, 128, 128},
	7: {8, 32, 128, 256},
	8: {32, 128, 258, 1024},
	9: {32, 258, 258, 4096},
}

var errWriterClosed = errors.New(pkgPrefix + "closed writer")

const pkgPrefix = "flate: "

// Writer compresses what is written to it and writes the DEFLATE stream to an
// underlying writer. Its output is a valid stream for any decoder, but not byte for byte
// the one Go's own compressor produces, except at NoCompression.
type Writer struct {
	dst    io.Writer
	level  int
	params searchParams
	dict   []byte
	err    error
	closed bool

	// output bits not yet whole bytes, and whole bytes not yet written
	acc  uint64
	nacc uint
	out  []byte

	// NoCompression: input waiting for its stored block
	raw []byte

	// the LZ77 window: win[:end] is input, tokens cover win[blockStart:pos]
	win        []byte
	end, pos   int
	blockStart int
	head       []int32 // hash of 3 bytes → latest position + 1
	prev       []int32 // position & (windowSize-1) → earlier position + 1 with the same hash
	tokens     []uint32
	// a match found at pos-1 and held back (lazy matching); heldLit: a literal at pos-1
	heldLen, heldDist int
	heldLit           bool
}

// NewWriter returns a Writer compressing at level: NoCompression, BestSpeed (1) to
// BestCompression (9), DefaultCompression (6) or HuffmanOnly.
func NewWriter(w io.Writer, level int) (*Writer, error) {
	if !(HuffmanOnly <= level && level <= BestCompression) {
		return nil, errors.New("flate: invalid compression level " + strconv.Itoa(level) + ": want value in range [-2, 9]")
	}
	z := &Writer{level: level}
	z.Reset(w)
	return z, nil
}

// NewWriterDict is NewWriter with the preset dictionary dict: the stream may refer back
// into it, and only a reader given the same dictionary (NewReaderDict) decodes it.
func NewWriterDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	z, err := NewWriter(w, level)
	if err != nil {
		return nil, err
	}
	z.dict = append([]byte(nil), dict...)
	z.Reset(w)
	return z, nil
}

// Reset discards the Writer's state and makes it compress to w, as if new (with the
// same level and dictionary).
func (z *Writer) Reset(w io.Writer) {
	level := z.level
	if level == DefaultCompression {
		level = 6
	}
	z.dst = w
	z.err = nil
	z.closed = false
	z.acc, z.nacc = 0, 0
	z.out = z.out[:0]
	z.raw = z.raw[:0]
	z.tokens = z.tokens[:0]
	z.heldLen, z.heldDist, z.heldLit = 0, 0, false
	if level > 0 {
		z.params = levels[level]
	}
	if level == NoCompression {
		return
	}
	if z.win == nil {
		z.win = make([]byte, 2*windowSize)
		z.tokens = make([]uint32, 0, maxTokens)
	}
	if level > 0 {
		if z.head == nil {
			z.head = make([]int32, 1<<hashBits)
			z.prev = make([]int32, windowSize)
		} else {
			for i := range z.head {
				z.head[i] = 0
			}
			for i := range z.prev {
				z.prev[i] = 0
			}
		}
	}
	d := z.dict
	if len(d) > windowSize {
		d = d[len(d)-windowSize:]
	}
	z.end = copy(z.win, d)
	z.pos, z.blockStart = z.end, z.end
	if z.head != nil {
		for p := 0; p+minMatch <= z.end; p++ {
			z.insert(p)
		}
	}
}

// Write compresses p; output is written as blocks fill.
func (z *Writer) Write(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	if z.closed {
		return 0, errWriterClosed
	}
	n := len(p)
	if z.level == NoCompression {
		for len(p) > 0 && z.err == nil {
			k := copy(z.raw[len(z.raw):cap(z.raw)], p)
			z.raw = z.raw[:len(z.raw)+k]
			p = p[k:]
			if len(z.raw) == maxStored {
				z.storedBlocks(z.raw, false)
				z.raw = z.raw[:0]
				z.writeOut()
			}
			if cap(z.raw) < maxStored {
				z.raw = append(make([]byte, 0, maxStored), z.raw...)
			}
		}
	} else {
		for len(p) > 0 && z.err == nil {
			if z.end == len(z.win) {
				z.tokenize(false)
				z.slide()
			}
			k := copy(z.win[z.end:], p)
			z.end += k
			p = p[k:]
		}
	}
	if z.err != nil {
		return 0, z.err
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
	if z.closed {
		return errWriterClosed
	}
	z.finishData()
	z.storedHeader(0, false)
	z.writeOut()
	return z.err
}

// Close compresses what is pending and ends the stream (with a final empty stored
// block).
func (z *Writer) Close() error {
	if z.err != nil {
		return z.err
	}
	if z.closed {
		return nil
	}
	z.finishData()
	z.storedHeader(0, true)
	z.alignOut()
	z.writeOut()
	z.closed = true
	return z.err
}

// finishData codes all pending input as non-final blocks.
func (z *Writer) finishData() {
	if z.level == NoCompression {
		if len(z.raw) > 0 {
			z.storedBlocks(z.raw, false)
			z.raw = z.raw[:0]
		}
		return
	}
	z.tokenize(true)
	if z.pos > z.blockStart {
		z.block(false)
	}
}

// slide drops the older half of the window (after coding the pending block, whose raw
// bytes may be needed for a stored block).
func (z *Writer) slide() {
	if z.pos > z.blockStart {
		z.block(false)
	}
	copy(z.win, z.win[windowSize:z.end])
	z.end -= windowSize
	z.pos -= windowSize
	z.blockStart -= windowSize
	for _, t := range [][]int32{z.head, z.prev} {
		for i, v := range t {
			if v > windowSize {
				t[i] = v - windowSize
			} else {
				t[i] = 0
			}
		}
	}
}

// ---- LZ77

func (z *Writer) hash(p int) int {
	w := z.win
	v := uint32(w[p])<<16 | uint32(w[p+1])<<8 | uint32(w[p+2])
	return int((v * 0x9e3779b1) >> (32 - hashBits))
}

// insert makes position p (with 3 bytes after it) findable.
func (z *Writer) insert(p int) {
	h := z.hash(p)
	z.prev[p&(windowSize-1)] = z.head[h]
	z.head[h] = int32(p + 1)
}

// longest finds the longest earlier occurrence of the bytes at pos (at most limit long),
// better than have; it returns its length and distance (length 0 if none is better).
func (z *Writer) longest(pos, limit, have int) (int, int) {
	chain := z.params.chain
	if have >= z.params.good {
		chain >>= 2
	}
	return chainSearch(z.win, z.prev, pos, int(z.head[z.hash(pos)])-1, limit, have, chain, z.params.nice)
}

// chainSearch walks the hash chain from position cand (-1: none) back through prev,
// at most chain candidates within the window, for the longest match of the bytes at pos
// (at most limit long) longer than have; it stops at a match of nice bytes (native).
func chainSearch(win []byte, prev []int32, pos, cand, limit, have, chain, nice int) (length, dist int)

// tokenize turns input into tokens up to where matches can still grow (all of it when
// final), coding a block whenever the tokens fill one.
func (z *Writer) tokenize(final bool) {
	stop := z.end - maxMatch
	if final {
		stop = z.end
	}
	if z.level == HuffmanOnly {
		for z.pos < stop {
			z.tokens = append(z.tokens, uint32(z.win[z.pos]))
			z.pos++
			if len(z.tokens) == maxTokens {
				z.block(false)
			}
		}
		return
	}
	lazy := z.params.lazy > 0
	for z.pos < stop {
		limit := z.end - z.pos
		if limit > maxMatch {
			limit = maxMatch
		}
		n, d := 0, 0
		if limit >= minMatch {
			z.insert(z.pos)
			if !lazy || z.heldLen < z.params.lazy {
				n, d = z.longest(z.pos, limit, z.heldLen)
			}
		}
		if !lazy {
			if n >= minMatch {
				z.tokens = append(z.tokens, matchFlag|uint32(n)<<16|uint32(d))
				z.skip(z.pos+1, z.pos+n)
				z.pos += n
			} else {
				z.tokens = append(z.tokens, uint32(z.win[z.pos]))
				z.pos++
			}
		} else if z.heldLen >= minMatch && n <= z.heldLen {
			// the match held at pos-1 is at least as good: take it
			z.tokens = append(z.tokens, matchFlag|uint32(z.heldLen)<<16|uint32(z.heldDist))
			end := z.pos - 1 + z.heldLen
			z.skip(z.pos+1, end)
			z.pos = end
			z.heldLen, z.heldLit = 0, false
		} else {
			if z.heldLit {
				z.tokens = append(z.tokens, uint32(z.win[z.pos-1]))
			}
			z.heldLit = true
			z.heldLen, z.heldDist = n, d
			z.pos++
		}
		if len(z.tokens) >= maxTokens-1 {
			z.block(false)
		}
	}
	if final && z.heldLit {
		// the held byte (a match was never longer than what follows it)
		if z.heldLen >= minMatch {
			z.tokens = append(z.tokens, matchFlag|uint32(z.heldLen)<<16|uint32(z.heldDist))
			z.pos = z.pos - 1 + z.heldLen
		} else {
			z.tokens = append(z.tokens, uint32(z.win[z.pos-1]))
		}
		z.heldLen, z.heldLit = 0, false
	}
}

// skip makes the positions a match covered findable.
func (z *Writer) skip(from, to int) {
	if to > z.end-minMatch+1 {
		to = z.end - minMatch + 1
	}
	for p := from; p < to; p++ {
		z.insert(p)
	}
}

// ---- blocks

// block codes the pending tokens (input win[blockStart:pos], minus a held byte) as the
// cheapest of a stored, fixed-code or dynamic-code block.
func (z *Writer) block(final bool) {
	upto := z.pos
	if z.heldLit {
		upto--
	}
	if len(z.tokens) == 0 && upto == z.blockStart {
		return
	}
	fixedTables()
	var litFreq [litCodes]uint32
	var distFreq [distCodes]uint32
	extra := 0
	for _, t := range z.tokens {
		if t&matchFlag == 0 {
			litFreq[t]++
			continue
		}
		lc := lengthCode(int(t>>16) & 0x1ff)
		dc := distCode(int(t & 0xffff))
		litFreq[257+lc]++
		distFreq[dc]++
		extra += int(lengthExtra[lc]) + int(distExtra[dc])
	}
	litFreq[eob] = 1

	var litLens [litCodes]uint8
	var distLens [distCodes]uint8
	codeLengths(litFreq[:], 15, litLens[:])
	codeLengths(distFreq[:], 15, distLens[:])
	nlit, ndist := litCodes, distCodes
	for nlit > 257 && litLens[nlit-1] == 0 {
		nlit--
	}
	for ndist > 1 && distLens[ndist-1] == 0 {
		ndist--
	}
	seq, clFreq := lengthRuns(litLens[:nlit], distLens[:ndist])
	var clLens [lenCodeCount]uint8
	codeLengths(clFreq[:], 7, clLens[:])
	nclen := lenCodeCount
	for nclen > 4 && clLens[lenCodeOrder[nclen-1]] == 0 {
		nclen--
	}

	dynBits := 3 + 14 + 3*nclen + extra
	for i, f := range clFreq {
		dynBits += int(f) * int(clLens[i])
	}
	for _, s := range seq {
		switch s & 0xff {
		case 16:
			dynBits += 2
		case 17:
			dynBits += 3
		case 18:
			dynBits += 7
		}
	}
	fixedBits := 3 + extra
	for i, f := range litFreq {
		dynBits += int(f) * int(litLens[i])
		fixedBits += int(f) * int(fixedLitLens[i])
	}
	for i, f := range distFreq {
		dynBits += int(f) * int(distLens[i])
		fixedBits += int(f) * 5
	}
	n := upto - z.blockStart
	storedBits := 8*n + (n/maxStored+1)*(3+7+32)

	switch {
	case storedBits <= fixedBits && storedBits <= dynBits:
		z.storedBlocks(z.win[z.blockStart:upto], final)
	case fixedBits <= dynBits:
		z.writeBits(1<<1|boolBit(final), 3)
		z.writeTokens(fixedLitLens[:], fixedLitCodes[:], fixedDistLens[:], fixedDistCodes[:])
	default:
		var litC [litCodes]uint32
		var distC [distCodes]uint32
		var clC [lenCodeCount]uint32
		canonical(litLens[:], litC[:])
		canonical(distLens[:], distC[:])
		canonical(clLens[:], clC[:])
		z.writeBits(2<<1|boolBit(final), 3)
		z.writeBits(uint32(nlit-257), 5)
		z.writeBits(uint32(ndist-1), 5)
		z.writeBits(uint32(nclen-4), 4)
		for i := 0; i < nclen; i++ {
			z.writeBits(uint32(clLens[lenCodeOrder[i]]), 3)
		}
		for _, s := range seq {
			c := s & 0xff
			z.writeCode(clC[c], clLens[c])
			switch c {
			case 16:
				z.writeBits(s>>8, 2)
			case 17:
				z.writeBits(s>>8, 3)
			case 18:
				z.writeBits(s>>8, 7)
			}
		}
		z.writeTokens(litLens[:], litC[:], distLens[:], distC[:])
	}
	z.tokens = z.tokens[:0]
	z.blockStart = upto
	z.writeOut()
}

var fixedDistLens = [distCodes]uint8{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}

func boolBit(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// writeTokens writes the pending tokens and the end of block with these codes.
func (z *Writer) writeTokens(litLens []uint8, litC []uint32, distLens []uint8, distC []uint32) {
	for _, t := range z.tokens {
		if t&matchFlag == 0 {
			z.writeCode(litC[t], litLens[t])
			continue
		}
		length, dist := int(t>>16)&0x1ff, int(t&0xffff)
		lc := lengthCode(length)
		z.writeCode(litC[257+lc], litLens[257+lc])
		if e := uint(lengthExtra[lc]); e > 0 {
			z.writeBits(uint32(length)-uint32(lengthBase[lc]), e)
		}
		dc := distCode(dist)
		z.writeCode(distC[dc], distLens[dc])
		if e := uint(distExtra[dc]); e > 0 {
			z.writeBits(uint32(dist)-distBase[dc], e)
		}
	}
	z.writeCode(litC[eob], litLens[eob])
}

// lengthCode is the index (0..28) of the length symbol for a match length 3..258.
func lengthCode(n int) int { return int(lengthCodes[n]) }

var lengthCodes = func() (t [maxMatch + 1]uint8) {
	for c := 0; c < 28; c++ {
		base := int(lengthBase[c])
		for n := base; n < base+1<<lengthExtra[c] && n < maxMatch; n++ {
			t[n] = uint8(c)
		}
	}
	t[maxMatch] = 28
	return
}()

// distCode is the distance symbol of a distance 1..32768: after the first four, each
// power of two is split into two symbols by its second-highest bit.
func distCode(d int) int {
	v := uint32(d - 1)
	if v < 4 {
		return int(v)
	}
	n := bits.Len32(v)
	return 2*(n-1) + int(v>>(n-2))&1
}

// lengthRuns run-length codes the code lengths of a dynamic block with the code-length
// alphabet (16: repeat the previous 3-6 times, 17: 3-10 zeros, 18: 11-138 zeros); each
// entry is symbol | extra bits << 8. It also counts the symbols.
func lengthRuns(lit, dist []uint8) ([]uint32, [lenCodeCount]uint32) {
	all := make([]uint8, 0, len(lit)+len(dist))
	all = append(append(all, lit...), dist...)
	var seq []uint32
	var freq [lenCodeCount]uint32
	emit := func(sym, extra uint32) {
		seq = append(seq, sym|extra<<8)
		freq[sym]++
	}
	for i := 0; i < len(all); {
		v := all[i]
		run := 1
		for i+run < len(all) && all[i+run] == v {
			run++
		}
		i += run
		if v == 0 {
			for run >= 11 {
				k := min(run, 138)
				emit(18, uint32(k-11))
				run -= k
			}
			if run >= 3 {
				emit(17, uint32(run-3))
				run = 0
			}
		} else {
			emit(uint32(v), 0)
			run--
			for run >= 3 {
				k := min(run, 6)
				emit(16, uint32(k-3))
				run -= k
			}
		}
		for ; run > 0; run-- {
			emit(uint32(v), 0)
		}
	}
	return seq, freq
}

// codeLengths sets lens to the lengths of a Huffman code for freq, none longer than
// limit. Symbols of frequency 0 get no code; at least two symbols get one, so that the
// code is complete.
func codeLengths(freq []uint32, limit int, lens []uint8) {
	var syms []int
	for i, f := range freq {
		lens[i] = 0
		if f > 0 {
			syms = append(syms, i)
		}
	}
	for i := 0; len(syms) < 2; i++ {
		if freq[i] == 0 {
			syms = append(syms, i)
		}
	}
	sort.Slice(syms, func(a, b int) bool {
		fa, fb := freq[syms[a]], freq[syms[b]]
		if fa != fb {
			return fa < fb
		}
		return syms[a] < syms[b]
	})
	// Huffman's construction with two queues: the leaves in ascending weight and the
	// merged nodes, made in ascending weight too.
	n := len(syms)
	weight := make([]uint64, 2*n-1)
	parent := make([]int, 2*n-1)
	for i, s := range syms {
		weight[i] = uint64(freq[s])
	}
	leaf, node := 0, n
	pick := func(made int) int {
		if leaf < n && (node >= made || weight[leaf] <= weight[node]) {
			leaf++
			return leaf - 1
		}
		node++
		return node - 1
	}
	for made := n; made < 2*n-1; made++ {
		a := pick(made)
		b := pick(made)
		weight[made] = weight[a] + weight[b]
		parent[a], parent[b] = made, made
	}
	depth := make([]int, 2*n-1)
	count := make([]int, n+1)
	for i := 2*n - 3; i >= 0; i-- {
		depth[i] = depth[parent[i]] + 1
	}
	maxLen := 0
	for i := 0; i < n; i++ {
		count[depth[i]]++
		if depth[i] > maxLen {
			maxLen = depth[i]
		}
	}
	// Too long codes: move pairs of the deepest leaves up, keeping the code complete
	// (the adjustment of the JPEG standard, annex K.3).
	for i := maxLen; i > limit; i-- {
		for count[i] > 0 {
			j := i - 2
			for count[j] == 0 {
				j--
			}
			count[i] -= 2
			count[i-1]++
			count[j+1] += 2
			count[j]--
		}
	}
	// The rarest symbols get the longest codes.
	k := 0
	for l := min(maxLen, limit); l > 0; l-- {
		for c := count[l]; c > 0; c-- {
			lens[syms[k]] = uint8(l)
			k++
		}
	}
}

// ---- bit output

func (z *Writer) writeBits(v uint32, n uint) {
	z.acc |= uint64(v) << z.nacc
	z.nacc += n
	if z.nacc >= 32 {
		a := z.acc
		z.out = append(z.out, byte(a), byte(a>>8), byte(a>>16), byte(a>>24))
		z.acc >>= 32
		z.nacc -= 32
	}
}

// writeCode writes a Huffman code, whose first bit is its highest.
func (z *Writer) writeCode(code uint32, n uint8) {
	z.writeBits(reverse(code, uint(n)), uint(n))
}

// alignOut pads the output to a whole byte and moves every whole byte to out.
func (z *Writer) alignOut() {
	for z.nacc > 0 {
		z.out = append(z.out, byte(z.acc))
		z.acc >>= 8
		if z.nacc < 8 {
			z.nacc = 0
		} else {
			z.nacc -= 8
		}
	}
	z.acc = 0
}

// storedHeader writes the header of a stored block of n bytes.
func (z *Writer) storedHeader(n int, final bool) {
	z.writeBits(boolBit(final), 3)
	z.alignOut()
	z.out = append(z.out, byte(n), byte(n>>8), ^byte(n), ^byte(n>>8))
}

// storedBlocks writes data as stored blocks of at most maxStored bytes.
func (z *Writer) storedBlocks(data []byte, final bool) {
	for {
		n := min(len(data), maxStored)
		z.storedHeader(n, final && n == len(data))
		z.out = append(z.out, data[:n]...)
		data = data[n:]
		if len(data) == 0 {
			return
		}
	}
}

// writeOut hands the whole bytes produced so far to the destination.
func (z *Writer) writeOut() {
	if z.err != nil || len(z.out) == 0 {
		return
	}
	if _, err := z.dst.Write(z.out); err != nil {
		z.err = err
	}
	z.out = z.out[:0]
}

package flate

import "io"

// bitSink packs bits lowest first. Whole bytes are handed to the underlying writer in
// runs of 240 (and whenever the stream is aligned for stored data or a flush), which
// is also when Go's compressor writes.
type bitSink struct {
	w    io.Writer
	acc  uint64
	nacc uint
	buf  [248]byte
	nbuf int
	err  error

	// the codes of the current block and scratch space for choosing them
	litFreq  [litCodes]int32
	distFreq [distCodes]int32
	lit      huffCode
	dist     huffCode
	runs     []uint8 // the code-length sequence of a dynamic header (symbols and extra)
	runFreq  [runCodes]int32
	runCode  huffCode
	nRunLens int // code-length code lengths sent (4..19)
}

func (s *bitSink) send(b []byte) {
	if s.err != nil {
		return
	}
	_, s.err = s.w.Write(b)
}

// bits appends the n low bits of v (n <= 16).
func (s *bitSink) bits(v uint32, n uint) {
	s.acc |= uint64(v) << s.nacc
	s.nacc += n
	if s.nacc < 48 {
		return
	}
	a := s.acc
	b := s.buf[s.nbuf : s.nbuf+6]
	for i := range b {
		b[i] = byte(a)
		a >>= 8
	}
	s.acc = a
	s.nacc -= 48
	s.nbuf += 6
	if s.nbuf >= 240 {
		s.send(s.buf[:s.nbuf])
		s.nbuf = 0
	}
}

// align pads to a byte boundary and writes out everything pending.
func (s *bitSink) align() {
	if s.err != nil {
		s.nacc = 0
		return
	}
	for s.nacc > 0 {
		s.buf[s.nbuf] = byte(s.acc)
		s.nbuf++
		s.acc >>= 8
		if s.nacc > 8 {
			s.nacc -= 8
		} else {
			s.nacc = 0
		}
	}
	s.acc = 0
	s.send(s.buf[:s.nbuf])
	s.nbuf = 0
}

// raw writes whole bytes (the stream is byte aligned after a stored header).
func (s *bitSink) raw(b []byte) {
	if s.err != nil {
		return
	}
	for s.nacc > 0 {
		s.buf[s.nbuf] = byte(s.acc)
		s.nbuf++
		s.acc >>= 8
		s.nacc -= 8
	}
	if s.nbuf > 0 {
		s.send(s.buf[:s.nbuf])
	}
	s.nbuf = 0
	s.send(b)
}

func (s *bitSink) storedHeader(n int, final bool) {
	var f uint32
	if final {
		f = 1
	}
	s.bits(f, 3)
	s.align()
	s.bits(uint32(n), 16)
	s.bits(uint32(^uint16(n)), 16)
}

func (s *bitSink) storedBlock(b []byte) {
	s.storedHeader(len(b), false)
	s.raw(b)
}

// storedCost is the size in bits of b as a stored block, and whether it fits one.
func storedCost(b []byte) (int, bool) {
	if b == nil || len(b) > maxStored {
		return 0, false
	}
	return (len(b) + 5) * 8, true
}

// ---- symbol statistics and code lengths ----

// count tallies the symbols of tokens (plus the end of block) and builds their codes;
// it returns how many literal/length and distance codes the block needs.
func (s *bitSink) count(tokens []uint32) (nlit, ndist int) {
	clear(s.litFreq[:])
	clear(s.distFreq[:])
	for _, t := range tokens {
		if t&matchBit == 0 {
			s.litFreq[t]++
			continue
		}
		s.litFreq[257+int(lenSym[(t>>16)&0xff])]++
		s.distFreq[distSym(t&0xffff)]++
	}
	s.litFreq[eob]++
	nlit = litCodes
	for s.litFreq[nlit-1] == 0 {
		nlit--
	}
	ndist = distCodes
	for ndist > 0 && s.distFreq[ndist-1] == 0 {
		ndist--
	}
	if ndist == 0 {
		// a block without matches still describes one distance code
		s.distFreq[0] = 1
		ndist = 1
	}
	s.lit.build(s.litFreq[:], 15)
	s.dist.build(s.distFreq[:], 15)
	return
}

// extraBits is the number of length and distance extra bits of the counted block.
func (s *bitSink) extraBits(nlit, ndist int) int {
	n := 0
	for c := 257 + 8; c < nlit; c++ {
		n += int(s.litFreq[c]) * int(lengthExtra[c-257])
	}
	for c := 4; c < ndist; c++ {
		n += int(s.distFreq[c]) * int(distExtra[c])
	}
	return n
}

// runLengths run-length codes the code lengths of lit[:nlit] and dist[:ndist] (one
// sequence) into s.runs and counts the code-length symbols.
func (s *bitSink) runLengths(lit *huffCode, nlit int, dist *huffCode, ndist int) {
	clear(s.runFreq[:])
	s.runs = s.runs[:0]
	total := nlit + ndist
	at := func(i int) uint8 {
		if i < nlit {
			return lit.lens[i]
		}
		return dist.lens[i-nlit]
	}
	for i := 0; i < total; {
		v := at(i)
		j := i + 1
		for j < total && at(j) == v {
			j++
		}
		left := j - i
		i = j
		if v != 0 {
			s.runs = append(s.runs, v)
			s.runFreq[v]++
			left--
			for left >= 3 {
				k := min(left, 6)
				s.runs = append(s.runs, 16, uint8(k-3))
				s.runFreq[16]++
				left -= k
			}
		} else {
			for left >= 11 {
				k := min(left, 138)
				s.runs = append(s.runs, 18, uint8(k-11))
				s.runFreq[18]++
				left -= k
			}
			if left >= 3 {
				s.runs = append(s.runs, 17, uint8(left-3))
				s.runFreq[17]++
				left = 0
			}
		}
		for ; left > 0; left-- {
			s.runs = append(s.runs, v)
			s.runFreq[v]++
		}
	}
	s.runCode.build(s.runFreq[:], 7)
	s.nRunLens = runCodes
	for s.nRunLens > 4 && s.runFreq[runOrder[s.nRunLens-1]] == 0 {
		s.nRunLens--
	}
}

var runOrder = [runCodes]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// dynamicCost is the size in bits of the block as a dynamic block (after runLengths),
// given its extra bits.
func (s *bitSink) dynamicCost(lit, dist *huffCode, extra int) int {
	n := 3 + 5 + 5 + 4 + 3*s.nRunLens
	n += s.runCode.cost(s.runFreq[:])
	n += 2*int(s.runFreq[16]) + 3*int(s.runFreq[17]) + 7*int(s.runFreq[18])
	return n + lit.cost(s.litFreq[:]) + dist.cost(s.distFreq[:]) + extra
}

// ---- block writers ----

// chainBlock writes tokens (of the input raw, nil when it is no longer available) as
// the smallest of a fixed, dynamic or stored block.
func (s *bitSink) chainBlock(tokens []uint32, raw []byte) {
	if s.err != nil {
		return
	}
	nlit, ndist := s.count(tokens)
	extra := 0
	stored, storable := storedCost(raw)
	if storable {
		extra = s.extraBits(nlit, ndist)
	}
	fixL, fixD := fixedCodes()
	s.runLengths(&s.lit, nlit, &s.dist, ndist)
	size := 3 + fixL.cost(s.litFreq[:]) + fixD.cost(s.distFreq[:]) + extra
	lit, dist := fixL, fixD
	if dyn := s.dynamicCost(&s.lit, &s.dist, extra); dyn < size {
		size = dyn
		lit, dist = &s.lit, &s.dist
	}
	if storable && stored < size {
		s.storedBlock(raw)
		return
	}
	if lit == fixL {
		s.bits(2, 3)
	} else {
		s.dynamicHeader(nlit, ndist)
	}
	s.tokens(tokens, lit, dist)
}

// matchBlock writes tokens of raw as a dynamic block, or stored when that is not
// clearly (by 1/16) bigger.
func (s *bitSink) matchBlock(tokens []uint32, raw []byte) {
	if s.err != nil {
		return
	}
	nlit, ndist := s.count(tokens)
	s.runLengths(&s.lit, nlit, &s.dist, ndist)
	size := s.dynamicCost(&s.lit, &s.dist, 0)
	if stored, ok := storedCost(raw); ok && stored < size+size>>4 {
		s.storedBlock(raw)
		return
	}
	s.dynamicHeader(nlit, ndist)
	s.tokens(tokens, &s.lit, &s.dist)
}

// literalBlock writes raw as literals in a dynamic block, or stored when that is not
// clearly bigger.
func (s *bitSink) literalBlock(raw []byte) {
	if s.err != nil {
		return
	}
	clear(s.litFreq[:])
	for _, c := range raw {
		s.litFreq[c]++
	}
	s.litFreq[eob] = 1
	s.distFreq[0] = 1
	s.lit.build(s.litFreq[:], 15)
	one := oneDistCode()
	s.runLengths(&s.lit, eob+1, one, 1)
	size := s.dynamicCost(&s.lit, one, 0)
	if stored, ok := storedCost(raw); ok && stored < size+size>>4 {
		s.storedBlock(raw)
		return
	}
	s.dynamicHeader(eob+1, 1)
	lens, codes := s.lit.lens, s.lit.codes
	for _, c := range raw {
		s.bits(uint32(codes[c]), uint(lens[c]))
	}
	s.bits(uint32(codes[eob]), uint(lens[eob]))
}

func (s *bitSink) dynamicHeader(nlit, ndist int) {
	s.bits(4, 3)
	s.bits(uint32(nlit-257), 5)
	s.bits(uint32(ndist-1), 5)
	s.bits(uint32(s.nRunLens-4), 4)
	for _, sym := range runOrder[:s.nRunLens] {
		s.bits(uint32(s.runCode.lens[sym]), 3)
	}
	r := s.runs
	for i := 0; i < len(r); i++ {
		sym := r[i]
		s.bits(uint32(s.runCode.codes[sym]), uint(s.runCode.lens[sym]))
		switch sym {
		case 16:
			i++
			s.bits(uint32(r[i]), 2)
		case 17:
			i++
			s.bits(uint32(r[i]), 3)
		case 18:
			i++
			s.bits(uint32(r[i]), 7)
		}
	}
}

// tokens writes the tokens and the end of block.
func (s *bitSink) tokens(tokens []uint32, lit, dist *huffCode) {
	for _, t := range tokens {
		if t&matchBit == 0 {
			s.bits(uint32(lit.codes[t]), uint(lit.lens[t]))
			continue
		}
		l := int(t>>16) & 0xff
		ls := int(lenSym[l])
		s.bits(uint32(lit.codes[257+ls]), uint(lit.lens[257+ls]))
		if e := uint(lengthExtra[ls]); e > 0 {
			s.bits(uint32(l+3-int(lengthBase[ls])), e)
		}
		d := t & 0xffff
		ds := distSym(d)
		s.bits(uint32(dist.codes[ds]), uint(dist.lens[ds]))
		if e := uint(distExtra[ds]); e > 0 {
			s.bits(d+1-distBase[ds], e)
		}
	}
	s.bits(uint32(lit.codes[eob]), uint(lit.lens[eob]))
}

// lenSym maps length-3 (0..255) to its length symbol - 257.
var lenSym = func() (t [256]uint8) {
	for c := 0; c < 29; c++ {
		lo := int(lengthBase[c]) - 3
		for n := lo; n < lo+1<<lengthExtra[c] && n < 256; n++ {
			t[n] = uint8(c)
		}
	}
	return
}()

// distSym is the distance symbol of distance-1 (0..32767).
func distSym(d uint32) int {
	if d < 4 {
		return int(d)
	}
	hi := 31
	for d>>uint(hi) == 0 {
		hi--
	}
	return 2*hi + int(d>>uint(hi-1))&1
}

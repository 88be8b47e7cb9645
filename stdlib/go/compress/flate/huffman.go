package flate

import "sync"

// Decoding tables. A code is read first bit first, so a table is indexed by the next
// input bits taken lowest first: fast holds, for every 9-bit value, the symbol whose
// code those bits begin with (codes up to 9 bits long fill every slot that starts
// with them). A longer code's first 9 bits lead to a block of slow entries indexed by
// the bits after them.
const (
	fastBits = 9
	lenMask  = 0x1f // entry: code length (or a link's index width) ...
	isLink   = 0x20 // ... this flag ...
	// ... and the symbol (or the link's offset in slow) from bit 8 on.
)

type codeTable struct {
	fast     [1 << fastBits]uint32
	slow     []uint32
	shortest uint // the shortest code length: the bits always worth reading first
}

// reverse returns the n low bits of v in the opposite order.
func reverse(v uint32, n uint) uint32 {
	r := uint32(0)
	for i := uint(0); i < n; i++ {
		r = r<<1 | v&1
		v >>= 1
	}
	return r
}

// canonical assigns the codes RFC 1951 (3.2.2) derives from code lengths: shorter codes
// first, and within a length in symbol order. It reports whether the lengths describe a
// complete prefix code (every bit string decodes); over-subscribed lengths fail.
func canonical(lens []uint8, codes []uint32) (complete, ok bool) {
	var count [16]int
	for _, l := range lens {
		count[l]++
	}
	count[0] = 0
	var next [16]uint32
	code := uint32(0)
	left := 1 // code space left at the current length
	for l := 1; l < 16; l++ {
		code = (code + uint32(count[l-1])) << 1
		next[l] = code
		left = left<<1 - count[l]
		if left < 0 {
			return false, false
		}
	}
	for i, l := range lens {
		if l != 0 {
			codes[i] = next[l]
			next[l]++
		}
	}
	return left == 0, true
}

// build makes the table of the code with these lengths (0: symbol unused). It accepts
// complete codes, a code of a single symbol with a 1-bit code, and an empty code (any
// use of it is corrupt input).
func (t *codeTable) build(lens []uint8) bool {
	var codes [288]uint32
	complete, ok := canonical(lens, codes[:len(lens)])
	if !ok {
		return false
	}
	used, longest := 0, uint(0)
	t.shortest = 16
	for _, l := range lens {
		if l != 0 {
			used++
			if uint(l) > longest {
				longest = uint(l)
			}
			if uint(l) < t.shortest {
				t.shortest = uint(l)
			}
		}
	}
	if !complete && !(used == 1 && longest == 1) && used != 0 {
		return false
	}
	if used == 0 {
		t.shortest = 1
	}
	for i := range t.fast {
		t.fast[i] = 0
	}
	t.slow = t.slow[:0]
	subBits := uint(0)
	if longest > fastBits {
		subBits = longest - fastBits
	}
	for sym, l := range lens {
		if l == 0 {
			continue
		}
		n := uint(l)
		r := reverse(codes[sym], n)
		entry := uint32(sym)<<8 | uint32(n)
		if n <= fastBits {
			for k := r; k < 1<<fastBits; k += 1 << n {
				t.fast[k] = entry
			}
			continue
		}
		head := r & (1<<fastBits - 1)
		link := t.fast[head]
		if link == 0 {
			link = uint32(len(t.slow))<<8 | isLink | uint32(subBits)
			t.fast[head] = link
			for k := 0; k < 1<<subBits; k++ {
				t.slow = append(t.slow, 0)
			}
		}
		base := int(link >> 8)
		for k := r >> fastBits; k < 1<<subBits; k += 1 << (n - fastBits) {
			t.slow[base+int(k)] = entry
		}
	}
	return true
}

var (
	fixedOnce       sync.Once
	fixedLit        codeTable
	fixedDist       codeTable
	fixedLitLens    [288]uint8
	fixedLitCodes   [288]uint32
	fixedDistCodes  [30]uint32
)

// fixedTables returns the tables of the fixed codes of RFC 1951 (3.2.6).
func fixedTables() (*codeTable, *codeTable) {
	fixedOnce.Do(initFixed)
	return &fixedLit, &fixedDist
}

func initFixed() {
	for i := range fixedLitLens {
		switch {
		case i < 144:
			fixedLitLens[i] = 8
		case i < 256:
			fixedLitLens[i] = 9
		case i < 280:
			fixedLitLens[i] = 7
		default:
			fixedLitLens[i] = 8
		}
	}
	fixedLit.build(fixedLitLens[:])
	canonical(fixedLitLens[:], fixedLitCodes[:])
	var dl [32]uint8
	for i := range dl {
		dl[i] = 5
	}
	fixedDist.build(dl[:])
	for i := range fixedDistCodes {
		fixedDistCodes[i] = uint32(i)
	}
}

package flate

import "sort"

// huffCode is a prefix code for an alphabet: the length of each symbol's code (0: the
// symbol does not occur) and the code itself, bit-reversed for lowest-first output.
type huffCode struct {
	lens  []uint8
	codes []uint16
	keys  []int64 // scratch: symbols by weight
}

// cost is the number of bits freq's symbols take with this code.
func (h *huffCode) cost(freq []int32) int {
	n := 0
	for i, f := range freq {
		if f != 0 {
			n += int(f) * int(h.lens[i])
		}
	}
	return n
}

// build makes an optimal code for freq with no code longer than limit bits. With
// three or more symbols the lengths come from the package-merge algorithm (Larmore and
// Hirschberg) over at most min(limit, symbols-1) levels: at every level the symbols
// and the packages (pairs of consecutive items of the level below) are merged in order
// of weight, a package before a symbol of the same weight, and the lightest
// 2*(symbols-1) items of the top level decide how often each symbol is counted. Ties
// between symbols of equal weight go to the lower symbol value (it gets the longer or
// equal code). Codes are then assigned canonically (RFC 1951, 3.2.2).
func (h *huffCode) build(freq []int32, limit int) {
	if len(h.lens) < len(freq) {
		h.lens = make([]uint8, len(freq))
		h.codes = make([]uint16, len(freq))
	}
	keys := h.keys[:0]
	for sym, f := range freq {
		h.lens[sym] = 0
		if f != 0 {
			keys = append(keys, int64(f)<<16|int64(sym))
		}
	}
	h.keys = keys
	n := len(keys)
	switch {
	case n == 0:
		return
	case n <= 2:
		for _, k := range keys {
			h.lens[k&0xffff] = 1
		}
	default:
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		levels := limit
		if levels > n-1 {
			levels = n - 1
		}
		depth := packageMerge(keys, levels)
		for i, k := range keys {
			h.lens[k&0xffff] = depth[i]
		}
	}
	h.assign(len(freq))
}

// packageMerge returns the code length of each symbol, keys being (weight<<16 | symbol)
// in ascending order.
func packageMerge(keys []int64, levels int) []uint8 {
	n := len(keys)
	// isPkg[l] tells, for each item of level l in merged order, whether it is a
	// package; level 0 is the deepest (symbols only).
	isPkg := make([][]bool, levels)
	prevW := make([]int64, n)
	for i, k := range keys {
		prevW[i] = k >> 16
	}
	isPkg[0] = make([]bool, n)
	for l := 1; l < levels; l++ {
		npk := len(prevW) / 2
		merged := make([]int64, 0, n+npk)
		flags := make([]bool, 0, n+npk)
		si, pi := 0, 0
		for si < n || pi < npk {
			if pi < npk {
				pw := prevW[2*pi] + prevW[2*pi+1]
				if si >= n || pw <= keys[si]>>16 {
					merged = append(merged, pw)
					flags = append(flags, true)
					pi++
					continue
				}
			}
			merged = append(merged, keys[si]>>16)
			flags = append(flags, false)
			si++
		}
		isPkg[l] = flags
		prevW = merged
	}
	depth := make([]uint8, n)
	take := 2*n - 2
	for l := levels - 1; l >= 0; l-- {
		leaves, pkgs := 0, 0
		for _, p := range isPkg[l][:take] {
			if p {
				pkgs++
			} else {
				leaves++
			}
		}
		// the lightest symbols are the ones counted at this level; the symbol of
		// merged order i is keys[i], and the symbols of a level appear in order
		for i := 0; i < leaves; i++ {
			depth[i]++
		}
		take = 2 * pkgs
	}
	// depth[i] counts levels for the i-th lightest symbol; lightest symbols get the
	// longest codes
	return depth
}

// assign gives canonical codes to the first n symbols by their lengths.
func (h *huffCode) assign(n int) {
	var count [17]int
	for _, l := range h.lens[:n] {
		count[l]++
	}
	count[0] = 0
	var next [17]int
	code := 0
	for l := 1; l <= 16; l++ {
		code = (code + count[l-1]) << 1
		next[l] = code
	}
	for sym, l := range h.lens[:n] {
		if l == 0 {
			continue
		}
		c := next[l]
		next[l]++
		r := 0
		for i := uint8(0); i < l; i++ {
			r = r<<1 | c>>i&1
		}
		h.codes[sym] = uint16(r)
	}
}

var encFixedLit, encFixedDist, encOneDist *huffCode

// fixedCodes returns the codes of fixed-Huffman blocks (RFC 1951, 3.2.6).
func fixedCodes() (*huffCode, *huffCode) {
	if encFixedLit == nil {
		// all 288 symbols take part in the canonical assignment, though 286 and 287
		// never occur
		lit := &huffCode{lens: make([]uint8, 288), codes: make([]uint16, 288)}
		for s := range lit.lens {
			switch {
			case s < 144:
				lit.lens[s] = 8
			case s < 256:
				lit.lens[s] = 9
			case s < 280:
				lit.lens[s] = 7
			default:
				lit.lens[s] = 8
			}
		}
		lit.assign(288)
		dist := &huffCode{lens: make([]uint8, distCodes), codes: make([]uint16, distCodes)}
		for s := range dist.lens {
			dist.lens[s] = 5
		}
		dist.assign(distCodes)
		encFixedLit, encFixedDist = lit, dist
	}
	return encFixedLit, encFixedDist
}

// oneDistCode is the distance code of literal-only dynamic blocks: one code of length 1.
func oneDistCode() *huffCode {
	if encOneDist == nil {
		encOneDist = &huffCode{lens: make([]uint8, distCodes), codes: make([]uint16, distCodes)}
		encOneDist.lens[0] = 1
	}
	return encOneDist
}

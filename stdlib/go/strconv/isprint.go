package strconv

// IsPrint reports whether the rune is defined as printable by Go, with the same
// definition as unicode.IsPrint: letters, numbers, punctuation, symbols and ASCII
// space.
func IsPrint(r rune) bool {
	if r < 0x7f {
		return 0x20 <= r
	}
	return inRanges(printRanges, r)
}

// IsGraphic reports whether r is graphic in Unicode's sense: IsPrint's characters plus
// the other space separators (category Zs).
func IsGraphic(r rune) bool {
	return IsPrint(r) || isGraphicExtra(r)
}

// isGraphicExtra reports whether r is graphic but not printable (a non-ASCII space).
func isGraphicExtra(r rune) bool {
	return r >= 0xa0 && inRanges(graphicExtraRanges, r)
}

// inRanges reports whether r lies in one of the ranges of table, a string of 6-byte
// records (3-byte big-endian lo, hi), sorted ascending.
func inRanges(table string, r rune) bool {
	if r < 0 || r > 0x10FFFF {
		return false
	}
	lo, hi := 0, len(table)/6
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		p := m * 6
		if rune(table[p+3])<<16|rune(table[p+4])<<8|rune(table[p+5]) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(table)/6 {
		return false
	}
	p := lo * 6
	return rune(table[p])<<16|rune(table[p+1])<<8|rune(table[p+2]) <= r
}

// Package unicode answers questions about Unicode code points: their categories, scripts
// and properties, and their case mappings.
//
// minigo keeps the standard tables (tables.go, generated from the Unicode Character
// Database by stdlib/tests/gentables) packed in string constants that are searched in
// place, so importing the package costs almost nothing. The exported *RangeTable values of
// the standard tables therefore have empty R16 and R32 slices: use Is, In and the IsX
// functions on them. Tables built by programs, with R16 and R32 filled in, work as in Go.
package unicode

// Limits.
const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// RangeTable is a set of code points given as sorted, disjoint strided ranges: those that
// fit 16 bits in R16, the others (all >= 0x10000) in R32. LatinOffset counts the R16
// ranges that end within Latin-1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // R16 ranges ending within Latin-1

	// packed holds the ranges of minigo's standard tables (see tables.go).
	packed string
}

// Range16 is the code points Lo, Lo+Stride, ... up to Hi (16-bit values).
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is Range16 for code points from 0x10000 up.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange gives the simple case mappings of the code points Lo to Hi: Delta holds what
// to add to reach the upper, lower and title case forms (0: the rune is already in that
// case). Deltas of UpperLower mark a run of alternating upper and lower case letters
// starting with an upper one.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d is the type of CaseRange.Delta (its name is part of Go's API).
type d [MaxCase]rune

// SpecialCase holds language-specific case mappings (Turkish, for one) that take
// precedence over the standard ones.
type SpecialCase []CaseRange

// Which of a CaseRange's three deltas to apply.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means this CaseRange represents
// a sequence of the form (say) Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// digit returns the value of the base-64 digit at s[i] (see tables.go).
func digit(s string, i int) int { return int(s[i]) - 0x20 }

// num4 decodes the 4-digit number at s[i:].
func num4(s string, i int) int {
	return (int(s[i])-0x20)<<18 | (int(s[i+1])-0x20)<<12 | (int(s[i+2])-0x20)<<6 | (int(s[i+3]) - 0x20)
}

// inPacked reports whether r is in the packed table t: 9-digit records lo, hi, stride.
func inPacked(t string, r rune) bool {
	x := int(r)
	lo, hi := 0, len(t)/9
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if num4(t, m*9+4) < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(t)/9 {
		return false
	}
	p := lo * 9
	first := num4(t, p)
	if x < first {
		return false
	}
	stride := digit(t, p+8)
	return stride == 1 || (x-first)%stride == 0
}

// in16 reports whether r is in one of ranges (sorted, disjoint), counting only the
// members its stride selects. The first range ending at or after r is the only
// candidate.
func in16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); ranges[m].Hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(ranges) {
		return false
	}
	g := ranges[lo]
	return g.Lo <= r && (r-g.Lo)%g.Stride == 0
}

// in32 is in16 for the 32-bit ranges.
func in32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); ranges[m].Hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(ranges) {
		return false
	}
	g := ranges[lo]
	return g.Lo <= r && (r-g.Lo)%g.Stride == 0
}

// Is reports whether r lies in one of rangeTab's ranges (with their strides).
func Is(rangeTab *RangeTable, r rune) bool {
	switch {
	case r < 0:
		return false
	case rangeTab.packed != "":
		return inPacked(rangeTab.packed, r)
	}
	// The 16-bit ranges cover the runes up to the last one's end, the 32-bit ones
	// the rest.
	if n := len(rangeTab.R16); n > 0 && r <= rune(rangeTab.R16[n-1].Hi) {
		return in16(rangeTab.R16, uint16(r))
	}
	if len(rangeTab.R32) == 0 || r < rune(rangeTab.R32[0].Lo) {
		return false
	}
	return in32(rangeTab.R32, uint32(r))
}

// In reports whether r belongs to any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for i := range ranges {
		if Is(ranges[i], r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with the tables first; In is the preferred form.
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }

// The bits of latin1Props (tables.go): Unicode categories of the Latin-1 runes.
const (
	propControl  = 1 << iota // Cc
	propPunct                // P
	propNumber               // N
	propSymbol               // S
	propSpaceSep             // Zs
	propUpperish             // Lu, or a letter that is not lower case
	propLowerish             // Ll, or a letter that is not upper case
	propPrint                // IsPrint

	propGraphic = propPrint | propSpaceSep
	propLetter  = propUpperish | propLowerish // both set: a letter without case
)

// GraphicRanges are the categories of Unicode's graphic characters: L, M, N, P, S and
// Zs.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges are the categories IsPrint accepts besides U+0020: L, M, N, P and S.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// IsGraphic reports whether r is a letter, mark, number, punctuation, symbol or space
// separator (category Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propGraphic != 0
	}
	return IsOneOf(GraphicRanges, r)
}

// IsPrint reports whether r is printable in Go's sense: a letter, mark, number,
// punctuation or symbol (categories L, M, N, P, S), or the ASCII space. Other spaces are
// not printable.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propPrint != 0
	}
	return IsOneOf(PrintRanges, r)
}

// IsControl reports whether r is a control character (Cc). Is(C, r) also covers the other
// code points of category C, such as surrogates.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propControl != 0
	}
	return false
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propLetter != 0
	}
	return Is(Letter, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return Is(Mark, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propNumber != 0
	}
	return Is(Number, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propPunct != 0
	}
	return Is(Punct, r)
}

// IsSpace reports whether r has the White_Space property: in Latin-1, tab, newline,
// vertical tab, form feed, carriage return, space, NEL (U+0085) and NBSP (U+00A0).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r == ' ' || '\t' <= r && r <= '\r' || r == 0x85 || r == 0xA0
	}
	return Is(White_Space, r)
}

// IsSymbol reports whether r is in category S (symbols).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propSymbol != 0
	}
	return Is(Symbol, r)
}

// IsDigit reports whether r is in category Nd (decimal digits).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(Digit, r)
}

// IsUpper reports whether r is an upper-case letter (Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propLetter == propUpperish
	}
	return Is(Upper, r)
}

// IsLower reports whether r is a lower-case letter (Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&propLetter == propLowerish
	}
	return Is(Lower, r)
}

// IsTitle reports whether r is a title-case letter (Lt).
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}

// CaseRanges lists the simple case mappings of every rune that has one.
var CaseRanges = decodeCaseRanges(caseRangesPacked)

func decodeCaseRanges(s string) []CaseRange {
	const rec = 4 + 4 + 3*4
	out := make([]CaseRange, len(s)/rec)
	for i := range out {
		p := i * rec
		c := &out[i]
		c.Lo = uint32(num4(s, p))
		c.Hi = uint32(num4(s, p+4))
		for k := 0; k < MaxCase; k++ {
			v := num4(s, p+8+4*k)
			if v >= 1<<23 {
				v -= 1 << 24 // negative delta
			}
			c.Delta[k] = rune(v)
		}
	}
	return out
}

// caseMap maps r to case which (UpperCase, LowerCase or TitleCase) with table, and
// reports whether table covers r.
func caseMap(which int, r rune, table []CaseRange) (rune, bool) {
	if which < 0 || which >= MaxCase {
		return ReplacementChar, false
	}
	lo, hi := 0, len(table)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); rune(table[m].Hi) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(table) || r < rune(table[lo].Lo) {
		return r, false
	}
	g := &table[lo]
	delta := g.Delta[which]
	if delta != UpperLower {
		return r + delta, true
	}
	// Alternating upper and lower case letters from g.Lo: the upper one of r's pair
	// is at an even offset; lower case is the odd one, title case the upper one.
	upper := r - (r-rune(g.Lo))%2
	if which == LowerCase {
		return upper + 1, true
	}
	return upper, true
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	r, _ = caseMap(_case, r, CaseRanges)
	return r
}

// ToUpper is r's upper-case mapping (r itself when it has none).
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower is r's lower-case mapping (r itself when it has none).
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle is r's title-case mapping (r itself when it has none).
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps r with the special table first, then with unicode.ToUpper.
func (special SpecialCase) ToUpper(r rune) rune { return special.mapOr(UpperCase, r, ToUpper) }

// ToTitle maps r with the special table first, then with unicode.ToTitle.
func (special SpecialCase) ToTitle(r rune) rune { return special.mapOr(TitleCase, r, ToTitle) }

// ToLower maps r with the special table first, then with unicode.ToLower.
func (special SpecialCase) ToLower(r rune) rune { return special.mapOr(LowerCase, r, ToLower) }

// mapOr maps r with the special table when it covers r (or changes it), else with
// fallback.
func (special SpecialCase) mapOr(which int, r rune, fallback func(rune) rune) rune {
	if m, covered := caseMap(which, r, special); covered || m != r {
		return m
	}
	return fallback(r)
}

// TurkishCase and AzeriCase are the special case mappings of Turkish and Azeri (dotted
// and dotless i).
var TurkishCase SpecialCase = turkishCase

// turkishCase: I lowers to dotless ı, i uppers to dotted İ, and back.
var turkishCase = SpecialCase{
	{0x0049, 0x0049, [MaxCase]rune{0, 0xe8, 0}},      // I -> ı
	{0x0069, 0x0069, [MaxCase]rune{0xc7, 0, 0xc7}},   // i -> İ
	{0x0130, 0x0130, [MaxCase]rune{0, -0xc7, 0}},     // İ -> i
	{0x0131, 0x0131, [MaxCase]rune{-0xe8, 0, -0xe8}}, // ı -> I
}

// AzeriCase is TurkishCase.
var AzeriCase SpecialCase = turkishCase

// SimpleFold steps through the orbit of r under simple case folding: the next larger
// equivalent rune, or after the largest the smallest one. A rune that is not valid comes
// back unchanged.
//
// For example 'A' gives 'a', 'a' gives 'A'; 'K' gives 'k', 'k' gives U+212A (Kelvin sign),
// which gives 'K'.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r < 0x80 {
		switch {
		case r == 'k':
			return '\u212A'
		case r == 's':
			return '\u017F'
		case 'a' <= r && r <= 'z':
			return r - ('a' - 'A')
		case 'A' <= r && r <= 'Z':
			return r + ('a' - 'A')
		}
		return r
	}
	// The runes whose fold orbit has more than two members, or is irregular.
	t := caseOrbitPacked
	lo, hi := 0, len(t)/8
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(num4(t, m*8)) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t)/8 && rune(num4(t, lo*8)) == r {
		return rune(num4(t, lo*8+4))
	}
	// Not in the orbit table: the orbit is r and its other case, if any.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}

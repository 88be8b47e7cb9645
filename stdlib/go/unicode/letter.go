// Package unicode provides data and functions to test some properties of Unicode code
// points.
//
// minigo keeps the standard tables (tables.go, generated from Go's) packed in string
// constants that are searched in place, so importing the package costs almost nothing.
// The exported *RangeTable values of the standard tables therefore have empty R16 and
// R32 slices: use Is, In and the IsX functions on them. Tables built by programs, with
// R16 and R32 filled in, work as in Go.
package unicode

// Limits.
const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set. The ranges are listed in two slices to save space: a slice of 16-bit
// ranges and a slice of 32-bit ranges. The two slices must be in sorted order and
// non-overlapping. Also, R32 should contain only values >= 0x10000 (1<<16).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1

	// packed holds the ranges of minigo's standard tables (see tables.go).
	packed string
}

// Range16 represents of a range of 16-bit Unicode code points. The range runs from Lo
// to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or more of
// the values will not fit in 16 bits. The range runs from Lo to Hi inclusive and has
// the specified stride. Lo and Hi must always be >= 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one code point to
// one code point) case conversion. The range runs from Lo to Hi inclusive, with a
// fixed stride of 1. Deltas are the number to add to the code point to reach the code
// point for a different case for that character. They may be negative. If zero, it
// means the character is in the corresponding case. There is a special case
// representing sequences of alternating corresponding Upper and Lower pairs. It
// appears with a fixed Delta of {UpperLower, UpperLower, UpperLower}.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish. Methods of
// SpecialCase customize (by overriding) the standard mappings.
type SpecialCase []CaseRange

// Which of a CaseRange's three deltas to apply.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

type d [MaxCase]rune // to make the CaseRanges text shorter

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

func is16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether r lies in one of rangeTab's ranges (with their strides).
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.packed != "" {
		return r >= 0 && inPacked(rangeTab.packed, r)
	}
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// In reports whether r belongs to any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. The function "In"
// provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// Latin-1 properties (bits of latin1Props).
const (
	pC     = 1 << iota // a control character.
	pP                 // a punctuation character.
	pN                 // a numeral.
	pS                 // a symbolic character.
	pZ                 // a spacing character.
	pLu                // an upper-case letter.
	pLl                // a lower-case letter.
	pp                 // a printable character according to Go's definition.
	pg     = pp | pZ   // a graphical character according to the Unicode definition.
	pLo    = pLl | pLu // a letter that is neither upper nor lower case.
	pLmask = pLo
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
		return latin1Props[uint8(r)]&pg != 0
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether the rune is defined as printable by Go. Such characters
// include letters, marks, numbers, punctuation, symbols, and the ASCII space
// character, from categories L, M, N, P, S and the ASCII space character.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pp != 0
	}
	return In(r, PrintRanges...)
}

// IsControl reports whether the rune is a control character. The C (Other) Unicode
// category includes more code points such as surrogates; use Is(C, r) to test for
// them.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pC != 0
	}
	return false
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pLmask != 0
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
		return latin1Props[uint8(r)]&pN != 0
	}
	return Is(Number, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pP != 0
	}
	return Is(Punct, r)
}

// IsSpace reports whether the rune is a space character as defined by Unicode's White
// Space property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r', ' ',
// U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(White_Space, r)
}

// IsSymbol reports whether r is in category S (symbols).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pS != 0
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
		return latin1Props[uint8(r)]&pLmask == pLu
	}
	return Is(Upper, r)
}

// IsLower reports whether r is a lower-case letter (Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pLmask == pLl
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

// CaseRanges is the table describing case mappings for all letters with non-self
// mappings.
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

// to maps the rune using the specified case mapping. It additionally reports whether
// caseRange contained a mapping for r.
func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := &caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// In an Upper-Lower sequence, which always starts with an UpperCase
				// letter, the real deltas always look like {0, 1, 0} or {-1, 0, -1}.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	r, _ = to(_case, r, CaseRanges)
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
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps r with the special table first, then with unicode.ToTitle.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps r with the special table first, then with unicode.ToLower.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// TurkishCase and AzeriCase are the special case mappings of Turkish and Azeri (dotted
// and dotless i).
var TurkishCase SpecialCase = turkishCase

var turkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// AzeriCase is TurkishCase.
var AzeriCase SpecialCase = turkishCase

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined
// simple case folding. Among the code points equivalent to rune (including rune
// itself), SimpleFold returns the smallest rune > r if one exists, or else the
// smallest rune >= 0. If r is not a valid Unicode code point, SimpleFold(r) returns r.
//
// For example: SimpleFold('A') = 'a', SimpleFold('a') = 'A', SimpleFold('K') = 'k',
// SimpleFold('k') = '\u212A' (Kelvin symbol, K), SimpleFold('\u212A') = 'K'.
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
	// No folding specified. This is a one- or two-element equivalence class containing
	// rune and ToLower(rune) and ToUpper(rune) if they are different from rune.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}

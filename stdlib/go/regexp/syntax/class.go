package syntax

import (
	"internal/reflectlite"
	"sort"
	"sync"
	"unicode"
)

// A rune set is kept as a slice of lo, hi pairs. While a class is being built the pairs
// may overlap and come in any order; canonical() sorts and merges them.

// The case-folding orbits of Unicode 15 lie within these bounds.
const (
	foldLo = 'A'
	foldHi = 0x1E943
)

type pairs []rune

func (p pairs) Len() int           { return len(p) / 2 }
func (p pairs) Less(i, j int) bool { return p[2*i] < p[2*j] || p[2*i] == p[2*j] && p[2*i+1] > p[2*j+1] }
func (p pairs) Swap(i, j int) {
	p[2*i], p[2*j] = p[2*j], p[2*i]
	p[2*i+1], p[2*j+1] = p[2*j+1], p[2*i+1]
}

// canonical sorts the ranges and merges the ones that overlap or touch.
func canonical(rs []rune) []rune {
	if len(rs) <= 2 {
		return rs
	}
	sort.Sort(pairs(rs))
	out := rs[:2]
	for i := 2; i < len(rs); i += 2 {
		lo, hi := rs[i], rs[i+1]
		last := len(out) - 1
		if lo <= out[last]+1 {
			if hi > out[last] {
				out[last] = hi
			}
			continue
		}
		out = append(out, lo, hi)
	}
	return out
}

// complementRanges gives the runes of 0..MaxRune not in the canonical set rs.
func complementRanges(rs []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i < len(rs); i += 2 {
		if rs[i] > next {
			out = append(out, next, rs[i]-1)
		}
		next = rs[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}

// addFolded adds lo..hi and every rune that case-folds to one of them.
func addFolded(rs []rune, lo, hi rune) []rune {
	rs = append(rs, lo, hi)
	if lo <= foldLo && hi >= foldHi {
		return rs // the range already holds every orbit it touches
	}
	if lo < foldLo {
		lo = foldLo
	}
	if hi > foldHi {
		hi = foldHi
	}
	for r := lo; r <= hi; r++ {
		for _, f := range foldPartners(r) {
			if f < lo || f > hi {
				rs = append(rs, f, f)
			}
		}
	}
	return rs
}

// minFold is the smallest rune of r's case-folding orbit.
func minFold(r rune) rune {
	m := r
	for _, f := range foldPartners(r) {
		m = min(m, f)
	}
	return m
}

// foldPartners lists the other runes of r's case-folding orbit.
func foldPartners(r rune) []rune {
	var out []rune
	f := unicode.SimpleFold(r)
	for f != r {
		out = append(out, f)
		f = unicode.SimpleFold(f)
	}
	return out
}

// hasFoldPartner reports whether some other rune case-folds to r.
func hasFoldPartner(r rune) bool { return unicode.SimpleFold(r) != r }

// tableRanges lists the runes of a unicode.RangeTable as pairs. The standard tables of
// minigo's unicode package keep their ranges packed in the unexported field packed
// (9-character records: lo and hi in four base-64 digits each, then the stride).
func tableRanges(t *unicode.RangeTable) []rune {
	var out []rune
	add := func(lo, hi, stride rune) {
		if stride == 1 {
			out = append(out, lo, hi)
			return
		}
		for r := lo; r <= hi; r += stride {
			out = append(out, r, r)
		}
	}
	for _, g := range t.R16 {
		add(rune(g.Lo), rune(g.Hi), rune(g.Stride))
	}
	for _, g := range t.R32 {
		add(rune(g.Lo), rune(g.Hi), rune(g.Stride))
	}
	if packed, _ := reflectlite.Field(*t, 3).(string); packed != "" {
		num := func(i int) rune {
			return rune(packed[i]-0x20)<<18 | rune(packed[i+1]-0x20)<<12 | rune(packed[i+2]-0x20)<<6 | rune(packed[i+3]-0x20)
		}
		for p := 0; p+9 <= len(packed); p += 9 {
			add(num(p), num(p+4), rune(packed[p+8]-0x20))
		}
	}
	return out
}

// Perl classes \d \s \w (negated forms by complement).
var perlClasses = map[byte][]rune{
	'd': {'0', '9'},
	's': {'\t', '\n', '\f', '\f', '\r', '\r', ' ', ' '},
	'w': {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
}

// POSIX classes [:name:].
var posixClasses = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// unicodeClass gives the runes of the Unicode class name (a category, a script or Any),
// with their case-folding partners when fold is set; ok is false for an unknown name.
func unicodeClass(name string, fold bool) (rs []rune, ok bool) {
	key := name
	if fold {
		key = "(?i)" + name
	}
	if cached, ok := unicodeClasses.Load(key); ok {
		return cached.([]rune), true
	}
	rs, ok = loadUnicodeClass(name, fold)
	if ok {
		unicodeClasses.Store(key, rs)
	}
	return rs, ok
}

// unicodeClasses caches the decoded classes by name ("(?i)" in front when folded); the
// slices are shared and must not be modified.
var unicodeClasses sync.Map

func loadUnicodeClass(name string, fold bool) (rs []rune, ok bool) {
	if name == "Any" {
		return []rune{0, unicode.MaxRune}, true
	}
	t := unicode.Categories[name]
	ft := unicode.FoldCategory[name]
	if t == nil {
		t = unicode.Scripts[name]
		ft = unicode.FoldScript[name]
	}
	if t == nil {
		return nil, false
	}
	rs = tableRanges(t)
	if fold && ft != nil {
		rs = append(rs, tableRanges(ft)...)
	}
	return canonical(rs), true
}

// addClass adds the canonical set cls to rs, or its complement when negate is set. (Only
// a negated bracket [^...] leaves newline out without ClassNL; \D or [:^digit:] do not.)
func addClass(rs, cls []rune, negate, fold bool) []rune {
	if fold {
		var f []rune
		for i := 0; i < len(cls); i += 2 {
			f = addFolded(f, cls[i], cls[i+1])
		}
		cls = canonical(f)
	}
	if negate {
		cls = complementRanges(cls)
	}
	if rs == nil {
		return append(make([]rune, 0, len(cls)), cls...)
	}
	return append(rs, cls...)
}

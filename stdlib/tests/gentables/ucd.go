package main

// Reading the Unicode Character Database (the text files of Debian's unicode-data
// package, /usr/share/unicode by default) into the sets and mappings that package
// unicode's tables are made of.

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const maxRune = 0x10FFFF

// runeSet is a bit set over all code points.
type runeSet []uint64

func newSet() runeSet { return make(runeSet, (maxRune+64)/64) }

func (s runeSet) add(r rune)      { s[r>>6] |= 1 << (uint(r) & 63) }
func (s runeSet) has(r rune) bool { return r >= 0 && r <= maxRune && s[r>>6]&(1<<(uint(r)&63)) != 0 }
func (s runeSet) addRange(lo, hi rune) {
	for r := lo; r <= hi; r++ {
		s.add(r)
	}
}

func (s runeSet) union(t runeSet) {
	for i := range s {
		s[i] |= t[i]
	}
}

func (s runeSet) empty() bool {
	for _, w := range s {
		if w != 0 {
			return false
		}
	}
	return true
}

// ucd is what the generator needs from the database.
type ucd struct {
	version    string
	categories map[string]runeSet // two-letter categories and their one-letter groups (no Cn)
	scripts    map[string]runeSet
	props      map[string]runeSet
	// Simple case mappings (absent: the rune itself; title defaults to upper).
	upper, lower, title map[rune]rune
	// foldNext is SimpleFold from the C and S entries of CaseFolding.txt: the next
	// larger member of each rune's folding orbit, wrapping to the smallest.
	foldNext map[rune]rune
}

// fields reads the data lines of a UCD file: comments dropped, fields trimmed.
func fields(dir, name string, each func(f []string)) {
	file, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		panic(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, ";")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		each(f)
	}
	if err := sc.Err(); err != nil {
		panic(err)
	}
}

func hexRune(s string) rune {
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		panic(err)
	}
	return rune(v)
}

// codeRange parses "XXXX" or "XXXX..YYYY".
func codeRange(s string) (rune, rune) {
	if lo, hi, ok := strings.Cut(s, ".."); ok {
		return hexRune(lo), hexRune(hi)
	}
	r := hexRune(s)
	return r, r
}

// propertySets reads a file of "range ; Name" lines into one set per name.
func propertySets(dir, name string) map[string]runeSet {
	out := map[string]runeSet{}
	fields(dir, name, func(f []string) {
		lo, hi := codeRange(f[0])
		s := out[f[1]]
		if s == nil {
			s = newSet()
			out[f[1]] = s
		}
		s.addRange(lo, hi)
	})
	return out
}

func loadUCD(dir string) *ucd {
	u := &ucd{categories: map[string]runeSet{}, upper: map[rune]rune{}, lower: map[rune]rune{}, title: map[rune]rune{}}
	// UnicodeData.txt: category and simple case mappings; "<..., First>" and
	// "<..., Last>" lines bound ranges of one category.
	var first rune = -1
	fields(dir, "UnicodeData.txt", func(f []string) {
		r, name, cat := hexRune(f[0]), f[1], f[2]
		set := u.categories[cat]
		if set == nil {
			set = newSet()
			u.categories[cat] = set
		}
		switch {
		case strings.HasSuffix(name, ", First>"):
			first = r
			return
		case strings.HasSuffix(name, ", Last>"):
			set.addRange(first, r)
			return
		}
		set.add(r)
		up, low, tit := r, r, rune(-1)
		if f[12] != "" {
			up = hexRune(f[12])
		}
		if f[13] != "" {
			low = hexRune(f[13])
		}
		if f[14] != "" {
			tit = hexRune(f[14])
		} else {
			tit = up
		}
		if up != r || low != r || tit != r {
			u.upper[r], u.lower[r], u.title[r] = up, low, tit
		}
	})
	delete(u.categories, "Cn")
	for cat, set := range u.categories {
		if len(cat) != 2 {
			continue
		}
		group := u.categories[cat[:1]]
		if group == nil {
			group = newSet()
			u.categories[cat[:1]] = group
		}
		group.union(set)
	}
	u.scripts = propertySets(dir, "Scripts.txt")
	u.props = propertySets(dir, "PropList.txt")
	u.props["STerm"] = u.props["Sentence_Terminal"] // Go's older name for it

	// CaseFolding.txt: orbits of runes with the same simple (C, S) folding.
	orbits := map[rune][]rune{}
	fields(dir, "CaseFolding.txt", func(f []string) {
		if f[1] != "C" && f[1] != "S" {
			return
		}
		from, to := hexRune(f[0]), hexRune(f[2])
		orbits[to] = append(orbits[to], from)
	})
	u.foldNext = map[rune]rune{}
	for target, members := range orbits {
		all := append([]rune{target}, members...)
		sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
		for i, r := range all {
			u.foldNext[r] = all[(i+1)%len(all)]
		}
	}

	// The version, from PropList.txt's first line: "# PropList-15.0.0.txt".
	head, err := os.ReadFile(filepath.Join(dir, "PropList.txt"))
	if err != nil {
		panic(err)
	}
	line, _, _ := strings.Cut(string(head), "\n")
	u.version = strings.TrimSuffix(strings.TrimPrefix(line, "# PropList-"), ".txt")
	return u
}

// simpleFold is SimpleFold over the database: the orbit's next rune, or for a rune
// without folding entries its other case (lower first), or itself.
func (u *ucd) simpleFold(r rune) rune {
	if n, ok := u.foldNext[r]; ok {
		return n
	}
	return r
}

func (u *ucd) toLower(r rune) rune {
	if l, ok := u.lower[r]; ok {
		return l
	}
	return r
}

func (u *ucd) toUpper(r rune) rune {
	if x, ok := u.upper[r]; ok {
		return x
	}
	return r
}

// foldClosure returns, for a set, the runes outside it that fold to a rune inside it
// (the FoldCategory and FoldScript tables).
func (u *ucd) foldClosure(s runeSet) runeSet {
	out := newSet()
	for r := range u.foldNext {
		if s.has(r) {
			continue
		}
		for x := u.foldNext[r]; x != r; x = u.foldNext[x] {
			if s.has(x) {
				out.add(r)
				break
			}
		}
	}
	return out
}

// isPrint and isGraphic are unicode.IsPrint and IsGraphic over the database.
func (u *ucd) isPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	for _, g := range []string{"L", "M", "N", "P", "S"} {
		if u.categories[g].has(r) {
			return true
		}
	}
	return false
}

func (u *ucd) isGraphic(r rune) bool { return u.isPrint(r) || u.categories["Zs"].has(r) }

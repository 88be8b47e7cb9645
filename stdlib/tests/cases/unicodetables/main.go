// Compares every table of mg/unicode (generated from the Unicode Character Database
// files) with real Go's, rune by rune over the whole code space, and the exported
// table maps' keys, CaseRanges' mappings and the Latin-1 fast paths.
package main

import (
	"fmt"
	"sort"
	"unicode"

	mg "mg/unicode"
)

var pass, total int

func check(what string, got, want any) {
	total++
	if fmt.Sprint(got) == fmt.Sprint(want) {
		pass++
		return
	}
	if total-pass <= 30 {
		fmt.Printf("FAIL %s: got %v want %v\n", what, got, want)
	}
}

func keys[T any](m map[string]T) []string {
	var k []string
	for x := range m {
		k = append(k, x)
	}
	sort.Strings(k)
	return k
}

func sweep(kind string, mine map[string]*mg.RangeTable, real map[string]*unicode.RangeTable) {
	check(kind+" keys", keys(mine), keys(real))
	for _, name := range keys(real) {
		m, r := mine[name], real[name]
		if m == nil {
			continue
		}
		bad := 0
		for c := rune(-2); c <= unicode.MaxRune+2; c++ {
			if mg.Is(m, c) != unicode.Is(r, c) {
				if bad == 0 {
					check(fmt.Sprintf("%s %s at %U", kind, name, c), mg.Is(m, c), unicode.Is(r, c))
				}
				bad++
			}
		}
		if bad == 0 {
			check(kind+" "+name, true, true)
		}
	}
}

func main() {
	check("Version", mg.Version, unicode.Version)
	sweep("category", mg.Categories, unicode.Categories)
	sweep("script", mg.Scripts, unicode.Scripts)
	sweep("property", mg.Properties, unicode.Properties)
	sweep("foldCategory", mg.FoldCategory, unicode.FoldCategory)
	sweep("foldScript", mg.FoldScript, unicode.FoldScript)
	bad := 0
	for c := rune(-2); c <= unicode.MaxRune+2 && bad < 5; c++ {
		g := [...]rune{mg.To(mg.UpperCase, c), mg.To(mg.LowerCase, c), mg.To(mg.TitleCase, c), mg.SimpleFold(c)}
		w := [...]rune{unicode.To(unicode.UpperCase, c), unicode.To(unicode.LowerCase, c), unicode.To(unicode.TitleCase, c), unicode.SimpleFold(c)}
		gb := [...]bool{mg.IsPrint(c), mg.IsGraphic(c), mg.IsLetter(c), mg.IsUpper(c), mg.IsLower(c), mg.IsControl(c), mg.IsPunct(c), mg.IsSymbol(c), mg.IsNumber(c), mg.IsSpace(c), mg.IsDigit(c), mg.IsMark(c), mg.IsTitle(c)}
		wb := [...]bool{unicode.IsPrint(c), unicode.IsGraphic(c), unicode.IsLetter(c), unicode.IsUpper(c), unicode.IsLower(c), unicode.IsControl(c), unicode.IsPunct(c), unicode.IsSymbol(c), unicode.IsNumber(c), unicode.IsSpace(c), unicode.IsDigit(c), unicode.IsMark(c), unicode.IsTitle(c)}
		if g != w || gb != wb {
			check(fmt.Sprintf("mappings/predicates at %U", c), fmt.Sprint(g, gb), fmt.Sprint(w, wb))
			bad++
		}
	}
	if bad == 0 {
		check("mappings and predicates of every rune", true, true)
	}
	check("CaseRanges", fmt.Sprint(mg.CaseRanges), fmt.Sprint(unicode.CaseRanges))
	fmt.Printf("PASS %d/%d\n", pass, total)
}

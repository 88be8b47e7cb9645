// Compares mg/unicode and mg/unicode/utf8 with the real packages.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	mg "mg/unicode"
	mgutf16 "mg/unicode/utf16"
	mgutf8 "mg/unicode/utf8"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 40 {
		shown++
		fmt.Printf("FAIL %s: got %s want %s\n", what, g, w)
	}
}

func main() {
	// Every rune (and some invalid ones) through every predicate and mapping.
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		g := [...]bool{mg.IsLetter(r), mg.IsDigit(r), mg.IsNumber(r), mg.IsSpace(r), mg.IsUpper(r), mg.IsLower(r), mg.IsTitle(r),
			mg.IsPunct(r), mg.IsSymbol(r), mg.IsMark(r), mg.IsPrint(r), mg.IsGraphic(r), mg.IsControl(r)}
		w := [...]bool{unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r)}
		gm := [...]rune{mg.ToUpper(r), mg.ToLower(r), mg.ToTitle(r), mg.SimpleFold(r), mg.TurkishCase.ToUpper(r), mg.TurkishCase.ToLower(r), mg.To(mg.TitleCase, r)}
		wm := [...]rune{unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r), unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.To(unicode.TitleCase, r)}
		if g != w || gm != wm {
			check(fmt.Sprintf("rune %U", r), fmt.Sprint(g, gm), fmt.Sprint(w, wm))
		} else {
			pass++
			total++
		}
	}
	// Every table, against a sample of runes.
	rnd := rand.New(rand.NewSource(5))
	var sample []rune
	for i := 0; i < 3000; i++ {
		sample = append(sample, rune(rnd.Intn(0x20000)), rune(rnd.Intn(unicode.MaxRune+1)), rune(rnd.Intn(0x3000)))
	}
	for _, maps := range []struct {
		name string
		m    map[string]*mg.RangeTable
		w    map[string]*unicode.RangeTable
	}{{"Categories", mg.Categories, unicode.Categories}, {"Scripts", mg.Scripts, unicode.Scripts}, {"Properties", mg.Properties, unicode.Properties},
		{"FoldCategory", mg.FoldCategory, unicode.FoldCategory}, {"FoldScript", mg.FoldScript, unicode.FoldScript}} {
		var gk, wk []string
		for k := range maps.m {
			gk = append(gk, k)
		}
		for k := range maps.w {
			wk = append(wk, k)
		}
		sort.Strings(gk)
		sort.Strings(wk)
		check(maps.name+" keys", gk, wk)
		for _, k := range wk {
			mt, wt := maps.m[k], maps.w[k]
			if mt == nil {
				continue
			}
			bad := 0
			// All range boundaries, plus the sample.
			var rs []rune
			for _, x := range wt.R16 {
				rs = append(rs, rune(x.Lo)-1, rune(x.Lo), rune(x.Lo)+1, rune(x.Hi), rune(x.Hi)+1)
			}
			for _, x := range wt.R32 {
				rs = append(rs, rune(x.Lo)-1, rune(x.Lo), rune(x.Lo)+1, rune(x.Hi), rune(x.Hi)+1)
			}
			rs = append(rs, sample...)
			for _, r := range rs {
				if mg.Is(mt, r) != unicode.Is(wt, r) {
					bad++
				}
			}
			check(maps.name+" "+k, bad, 0)
		}
	}
	mt := &mg.RangeTable{R16: []mg.Range16{{0x41, 0x5a, 2}, {0x100, 0x200, 7}, {0xfff0, 0xffff, 1}}, R32: []mg.Range32{{0x10000, 0x10100, 3}, {0x20000, 0x20000, 1}}, LatinOffset: 1}
	rt := &unicode.RangeTable{R16: []unicode.Range16{{0x41, 0x5a, 2}, {0x100, 0x200, 7}, {0xfff0, 0xffff, 1}}, R32: []unicode.Range32{{0x10000, 0x10100, 3}, {0x20000, 0x20000, 1}}, LatinOffset: 1}
	for _, r := range []rune{-1, 0, 0x40, 0x41, 0x42, 0x43, 0x5a, 0x5b, 0xff, 0x100, 0x107, 0x108, 0x1ff, 0x200, 0x201, 0xfff0, 0xffff, 0x10000, 0x10001, 0x10003, 0x100ff, 0x10100, 0x10101, 0x20000, 0x20001, 0x10ffff, 0x110000} {
		check("custom table", mg.Is(mt, r), unicode.Is(rt, r))
		check("Turkish/To", fmt.Sprint(mg.TurkishCase.ToTitle(r), mg.AzeriCase.ToLower(r), mg.To(-1, r), mg.To(3, r), mg.To(mg.LowerCase, r)),
			fmt.Sprint(unicode.TurkishCase.ToTitle(r), unicode.AzeriCase.ToLower(r), unicode.To(-1, r), unicode.To(3, r), unicode.To(unicode.LowerCase, r)))
	}
	check("empty table", mg.Is(&mg.RangeTable{}, 'a'), unicode.Is(&unicode.RangeTable{}, 'a'))
	check("named tables", fmt.Sprint(mg.Is(mg.Han, '世'), mg.Is(mg.Latin, 'é'), mg.Is(mg.Greek, 'λ'), mg.In('x', mg.Cyrillic, mg.Latin), mg.Is(mg.White_Space, '\u3000'), mg.IsOneOf([]*mg.RangeTable{mg.Digit}, '٣')),
		fmt.Sprint(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'λ'), unicode.In('x', unicode.Cyrillic, unicode.Latin), unicode.Is(unicode.White_Space, '\u3000'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '٣')))
	user := &mg.RangeTable{R16: []mg.Range16{{0x41, 0x5a, 2}, {0x100, 0x200, 1}}, R32: []mg.Range32{{0x10000, 0x10010, 4}}}
	wuser := &unicode.RangeTable{R16: []unicode.Range16{{0x41, 0x5a, 2}, {0x100, 0x200, 1}}, R32: []unicode.Range32{{0x10000, 0x10010, 4}}}
	for r := rune(0); r < 0x10020; r++ {
		if mg.Is(user, r) != unicode.Is(wuser, r) {
			check(fmt.Sprintf("user table %U", r), mg.Is(user, r), unicode.Is(wuser, r))
		}
	}
	check("CaseRanges", fmt.Sprint(mg.CaseRanges), fmt.Sprint(unicode.CaseRanges))
	check("Version", mg.Version, unicode.Version)

	// utf8.
	strs := []string{"", "a", "héllo", "日本語", "\xff", "\xc0\x80", "\xed\xa0\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xe2\x82", "a\xe2\x82\xacb", "\U0010FFFF", "\xf0\x9f\x98"}
	for i := 0; i < 3000; i++ {
		b := make([]byte, rnd.Intn(8))
		for j := range b {
			switch rnd.Intn(3) {
			case 0:
				b[j] = byte(rnd.Intn(256))
			case 1:
				b[j] = byte(0x80 + rnd.Intn(64))
			default:
				b[j] = byte(0xc0 + rnd.Intn(64))
			}
		}
		strs = append(strs, string(b))
	}
	for _, s := range strs {
		b := []byte(s)
		r1, n1 := mgutf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRuneInString(s)
		check("DecodeRuneInString", fmt.Sprint(r1, n1), fmt.Sprint(r2, n2))
		r1, n1 = mgutf8.DecodeRune(b)
		r2, n2 = utf8.DecodeRune(b)
		check("DecodeRune", fmt.Sprint(r1, n1), fmt.Sprint(r2, n2))
		r1, n1 = mgutf8.DecodeLastRuneInString(s)
		r2, n2 = utf8.DecodeLastRuneInString(s)
		check("DecodeLastRuneInString "+fmt.Sprintf("%q", s), fmt.Sprint(r1, n1), fmt.Sprint(r2, n2))
		r1, n1 = mgutf8.DecodeLastRune(b)
		r2, n2 = utf8.DecodeLastRune(b)
		check("DecodeLastRune", fmt.Sprint(r1, n1), fmt.Sprint(r2, n2))
		check("counts", fmt.Sprint(mgutf8.RuneCountInString(s), mgutf8.RuneCount(b), mgutf8.ValidString(s), mgutf8.Valid(b), mgutf8.FullRune(b), mgutf8.FullRuneInString(s)),
			fmt.Sprint(utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.ValidString(s), utf8.Valid(b), utf8.FullRune(b), utf8.FullRuneInString(s)))
	}
	for _, r := range append(sample, -1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, -100) {
		b1 := make([]byte, 4)
		b2 := make([]byte, 4)
		n1 := mgutf8.EncodeRune(b1, r)
		n2 := utf8.EncodeRune(b2, r)
		check("EncodeRune", fmt.Sprint(b1[:n1]), fmt.Sprint(b2[:n2]))
		check("AppendRune", fmt.Sprint(mgutf8.AppendRune([]byte("x"), r)), fmt.Sprint(utf8.AppendRune([]byte("x"), r)))
		check("RuneLen/ValidRune", fmt.Sprint(mgutf8.RuneLen(r), mgutf8.ValidRune(r), mgutf8.RuneStart(byte(r))), fmt.Sprint(utf8.RuneLen(r), utf8.ValidRune(r), utf8.RuneStart(byte(r))))
	}
	// utf16.
	var rs []rune
	for i, r := range append(sample, -1, 0, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000) {
		rs = append(rs, r)
		r1, r2 := mgutf16.EncodeRune(r)
		w1, w2 := utf16.EncodeRune(r)
		check("utf16.EncodeRune", fmt.Sprint(r1, r2, mgutf16.RuneLen(r), mgutf16.IsSurrogate(r), mgutf16.AppendRune(nil, r)), fmt.Sprint(w1, w2, utf16.RuneLen(r), utf16.IsSurrogate(r), utf16.AppendRune(nil, r)))
		x := rune(sample[(i*3+1)%len(sample)] & 0xffff)
		check("utf16.DecodeRune", mgutf16.DecodeRune(r, x), utf16.DecodeRune(r, x))
	}
	enc := mgutf16.Encode(rs)
	check("utf16.Encode", enc, utf16.Encode(rs))
	for k := 0; k < 200; k++ {
		u := make([]uint16, rnd.Intn(6))
		for j := range u {
			u[j] = uint16(0xd700 + rnd.Intn(0xa00))
		}
		check("utf16.Decode", mgutf16.Decode(u), utf16.Decode(u))
	}
	check("utf16.Decode all", mgutf16.Decode(enc), utf16.Decode(enc))
	fmt.Printf("PASS %d/%d\n", pass, total)
}

// Compares mg/strings with the real strings package.
package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"unicode"

	mg "mg/strings"
	mgunicode "mg/unicode"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want)
	if g == w {
		pass++
		return
	}
	if shown < 50 {
		shown++
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

func pt(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return
}

func main() {
	rnd := rand.New(rand.NewSource(9))
	alpha := []string{"a", "b", "ab", " ", "\t", "\n", "é", "日", "\xff", "A", "B", "ß", "İ", "ı", "K", "k", "\u212A", "ſ", "s", "S", "\u00a0", "\u2028", ",", "x", "-", ""}
	gen := func() string {
		var sb strings.Builder
		n := rnd.Intn(10)
		for i := 0; i < n; i++ {
			sb.WriteString(alpha[rnd.Intn(len(alpha))])
		}
		return sb.String()
	}
	strs := []string{"", " ", "hello world", "  leading and trailing  ", "a,b,,c,", "ÀÉÎõü", "日本語テキスト", "\xff\xfe bad", "MiXeD CaSe", "ß straße", "ǅǆǄ", "tab\tsep\nnl"}
	for i := 0; i < 700; i++ {
		strs = append(strs, gen())
	}
	seps := []string{"", " ", ",", "a", "ab", "é", "\xff", "日本", "xyz"}
	for i, s := range strs {
		t := strs[(i*7+1)%len(strs)]
		sep := seps[i%len(seps)]
		if i%3 == 0 {
			sep = gen()
		}
		check("Contains", mg.Contains(s, sep), strings.Contains(s, sep))
		check("ContainsAny", mg.ContainsAny(s, t), strings.ContainsAny(s, t))
		check("Count", mg.Count(s, sep), strings.Count(s, sep))
		check("Index", mg.Index(s, sep), strings.Index(s, sep))
		check("LastIndex", mg.LastIndex(s, sep), strings.LastIndex(s, sep))
		check("IndexAny", mg.IndexAny(s, t), strings.IndexAny(s, t))
		check("LastIndexAny", mg.LastIndexAny(s, t), strings.LastIndexAny(s, t))
		for _, r := range []rune{'a', 'é', '日', unicode.ReplacementChar, -1, 0x110000, 'ß'} {
			check("IndexRune", mg.IndexRune(s, r), strings.IndexRune(s, r))
			check("ContainsRune", mg.ContainsRune(s, r), strings.ContainsRune(s, r))
		}
		if len(sep) > 0 {
			check("IndexByte", mg.IndexByte(s, sep[0]), strings.IndexByte(s, sep[0]))
			check("LastIndexByte", mg.LastIndexByte(s, sep[0]), strings.LastIndexByte(s, sep[0]))
		}
		check("Split", mg.Split(s, sep), strings.Split(s, sep))
		check("SplitAfter", mg.SplitAfter(s, sep), strings.SplitAfter(s, sep))
		for _, n := range []int{-1, 0, 1, 2, 3, 10} {
			check("SplitN", mg.SplitN(s, sep, n), strings.SplitN(s, sep, n))
			check("SplitAfterN", mg.SplitAfterN(s, sep, n), strings.SplitAfterN(s, sep, n))
			check("Replace", mg.Replace(s, sep, t, n), strings.Replace(s, sep, t, n))
		}
		check("ReplaceAll", mg.ReplaceAll(s, sep, "<>"), strings.ReplaceAll(s, sep, "<>"))
		check("Fields", mg.Fields(s), strings.Fields(s))
		check("FieldsFunc", mg.FieldsFunc(s, unicode.IsLetter), strings.FieldsFunc(s, unicode.IsLetter))
		check("Join", mg.Join(mg.Split(s, sep), "|"), strings.Join(strings.Split(s, sep), "|"))
		check("HasPrefix", fmt.Sprint(mg.HasPrefix(s, sep), mg.HasSuffix(s, sep)), fmt.Sprint(strings.HasPrefix(s, sep), strings.HasSuffix(s, sep)))
		check("Upper/Lower/Title", []string{mg.ToUpper(s), mg.ToLower(s), mg.ToTitle(s), mg.Title(s), mg.ToUpperSpecial(mgunicode.TurkishCase, s), mg.ToLowerSpecial(mgunicode.TurkishCase, s)},
			[]string{strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s), strings.ToUpperSpecial(unicode.TurkishCase, s), strings.ToLowerSpecial(unicode.TurkishCase, s)})
		check("ToValidUTF8", mg.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, "?"))
		check("Trim", []string{mg.Trim(s, t), mg.TrimLeft(s, t), mg.TrimRight(s, t), mg.TrimSpace(s), mg.TrimPrefix(s, sep), mg.TrimSuffix(s, sep), mg.Trim(s, " a"), mg.Trim(s, "a")},
			[]string{strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t), strings.TrimSpace(s), strings.TrimPrefix(s, sep), strings.TrimSuffix(s, sep), strings.Trim(s, " a"), strings.Trim(s, "a")})
		check("TrimFunc", []string{mg.TrimFunc(s, unicode.IsSpace), mg.TrimLeftFunc(s, unicode.IsLetter), mg.TrimRightFunc(s, unicode.IsLetter)},
			[]string{strings.TrimFunc(s, unicode.IsSpace), strings.TrimLeftFunc(s, unicode.IsLetter), strings.TrimRightFunc(s, unicode.IsLetter)})
		check("IndexFunc", fmt.Sprint(mg.IndexFunc(s, unicode.IsUpper), mg.LastIndexFunc(s, unicode.IsUpper), mg.ContainsFunc(s, unicode.IsDigit)),
			fmt.Sprint(strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsUpper), strings.ContainsFunc(s, unicode.IsDigit)))
		check("EqualFold", mg.EqualFold(s, t), strings.EqualFold(s, t))
		check("EqualFold upper", mg.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, strings.ToUpper(s)))
		check("Compare", mg.Compare(s, t), strings.Compare(s, t))
		a1, b1, c1 := mg.Cut(s, sep)
		a2, b2, c2 := strings.Cut(s, sep)
		check("Cut", fmt.Sprint(a1, b1, c1), fmt.Sprint(a2, b2, c2))
		x1, y1 := mg.CutPrefix(s, sep)
		x2, y2 := strings.CutPrefix(s, sep)
		check("CutPrefix", fmt.Sprint(x1, y1), fmt.Sprint(x2, y2))
		x1, y1 = mg.CutSuffix(s, sep)
		x2, y2 = strings.CutSuffix(s, sep)
		check("CutSuffix", fmt.Sprint(x1, y1), fmt.Sprint(x2, y2))
		check("Repeat", mg.Repeat(s, i%5), strings.Repeat(s, i%5))
		mapping := func(r rune) rune {
			switch {
			case r == 'a':
				return -1
			case r == unicode.ReplacementChar:
				return 'R'
			case unicode.IsUpper(r):
				return unicode.ToLower(r) + 1
			}
			return r
		}
		check("Map", mg.Map(mapping, s), strings.Map(mapping, s))
		check("Map identity", mg.Map(func(r rune) rune { return r }, s), strings.Map(func(r rune) rune { return r }, s))
		check("Clone", mg.Clone(s), strings.Clone(s))
	}
	check("Repeat panic", pt(func() { mg.Repeat("x", -1) }), pt(func() { strings.Repeat("x", -1) }))
	check("Repeat overflow", pt(func() { mg.Repeat("xx", 1<<62) }), pt(func() { strings.Repeat("xx", 1<<62) }))

	// Replacer.
	pairsList := [][]string{{"a", "1", "b", "2"}, {"a", "A"}, {"", "-"}, {"", "X", "a", "A"}, {"a", "A", "", "X"}, {"ab", "X", "a", "Y", "b", "Z"},
		{"a", "Y", "ab", "X"}, {"é", "e", "日", "ri"}, {"aaa", "3", "aa", "2", "a", "1"}, {"<", "&lt;", ">", "&gt;", "&", "&amp;"}, {"x", "y", "x", "z"}, {}, {"\xff", "?"}}
	for _, pairs := range pairsList {
		mr := mg.NewReplacer(pairs...)
		rr := strings.NewReplacer(pairs...)
		for _, s := range strs[:200] {
			check(fmt.Sprintf("Replacer%q(%q)", pairs, s), mr.Replace(s), rr.Replace(s))
			var b1, b2 bytes.Buffer
			n1, e1 := mr.WriteString(&b1, s)
			n2, e2 := rr.WriteString(&b2, s)
			check("Replacer.WriteString", fmt.Sprint(b1.String(), n1, e1), fmt.Sprint(b2.String(), n2, e2))
		}
	}
	check("NewReplacer odd", pt(func() { mg.NewReplacer("a") }), pt(func() { strings.NewReplacer("a") }))

	// Builder.
	var mb mg.Builder
	var rb strings.Builder
	for i := 0; i < 100; i++ {
		mb.WriteString("ab")
		rb.WriteString("ab")
		mb.WriteByte('c')
		rb.WriteByte('c')
		n1, _ := mb.WriteRune(rune(0x3b1 + i))
		n2, _ := rb.WriteRune(rune(0x3b1 + i))
		mb.Write([]byte{'x'})
		rb.Write([]byte{'x'})
		check("WriteRune", n1, n2)
	}
	check("Builder", mb.String(), rb.String())
	check("Builder.Len", mb.Len(), rb.Len())
	mb.Reset()
	mb.Grow(10)
	check("Grow", mb.Cap() >= 10, true)
	check("Grow panic", pt(func() { mb.Grow(-1) }), pt(func() { rb.Grow(-1) }))

	// Reader.
	for _, s := range strs[:100] {
		mr := mg.NewReader(s)
		rr := strings.NewReader(s)
		for step := 0; step < 12; step++ {
			op := rnd.Intn(9)
			var g, w string
			switch op {
			case 0:
				b1, b2 := make([]byte, rnd.Intn(4)), make([]byte, 0)
				b2 = make([]byte, len(b1))
				n1, e1 := mr.Read(b1)
				n2, e2 := rr.Read(b2)
				g, w = fmt.Sprint(n1, e1, b1), fmt.Sprint(n2, e2, b2)
			case 1:
				c1, e1 := mr.ReadByte()
				c2, e2 := rr.ReadByte()
				g, w = fmt.Sprint(c1, e1), fmt.Sprint(c2, e2)
			case 2:
				g, w = fmt.Sprint(mr.UnreadByte()), fmt.Sprint(rr.UnreadByte())
			case 3:
				r1, s1, e1 := mr.ReadRune()
				r2, s2, e2 := rr.ReadRune()
				g, w = fmt.Sprint(r1, s1, e1), fmt.Sprint(r2, s2, e2)
			case 4:
				g, w = fmt.Sprint(mr.UnreadRune()), fmt.Sprint(rr.UnreadRune())
			case 5:
				off, wh := int64(rnd.Intn(10)-3), rnd.Intn(4)
				p1, e1 := mr.Seek(off, wh)
				p2, e2 := rr.Seek(off, wh)
				g, w = fmt.Sprint(p1, e1), fmt.Sprint(p2, e2)
			case 6:
				b1, b2 := make([]byte, 3), make([]byte, 3)
				off := int64(rnd.Intn(12) - 2)
				n1, e1 := mr.ReadAt(b1, off)
				n2, e2 := rr.ReadAt(b2, off)
				g, w = fmt.Sprint(n1, e1, b1), fmt.Sprint(n2, e2, b2)
			case 7:
				var x1, x2 bytes.Buffer
				n1, e1 := mr.WriteTo(&x1)
				n2, e2 := rr.WriteTo(&x2)
				g, w = fmt.Sprint(n1, e1, x1.String()), fmt.Sprint(n2, e2, x2.String())
			case 8:
				g, w = fmt.Sprint(mr.Len(), mr.Size()), fmt.Sprint(rr.Len(), rr.Size())
			}
			check(fmt.Sprintf("Reader op %d", op), g, w)
		}
		all1, _ := io.ReadAll(mg.NewReader(s))
		check("ReadAll", string(all1), s)
	}
	fmt.Printf("PASS %d/%d\n", pass, total)
}

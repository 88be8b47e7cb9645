// Compares mg/bytes with the real bytes package (results compared with %#v, so nil
// versus empty slices count, and split results' capacities too).
package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"unicode"

	mg "mg/bytes"
	mgstrings "mg/strings"
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

func caps(a [][]byte) []int {
	var c []int
	for _, x := range a {
		c = append(c, cap(x))
	}
	return c
}

func pt(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return
}

// dup returns a fresh copy of b (keeping nil), so aliasing results do not interfere.
func dup(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

func main() {
	rnd := rand.New(rand.NewSource(9))
	alpha := []string{"a", "b", "ab", " ", "\t", "\n", "é", "日", "\xff", "A", "ß", "İ", "ı", "K", "k", "\u212A", "ſ", "\u00a0", ",", "x", "\ufffd"}
	gen := func() []byte {
		var sb strings.Builder
		n := rnd.Intn(10)
		for i := 0; i < n; i++ {
			sb.WriteString(alpha[rnd.Intn(len(alpha))])
		}
		if sb.Len() == 0 && rnd.Intn(2) == 0 {
			return nil
		}
		return []byte(sb.String())
	}
	var bs [][]byte
	for _, s := range []string{"", " ", "hello world", "  lead  ", "a,b,,c,", "ÀÉÎõü", "日本語", "\xff\xfe bad", "MiXeD", "x\ufffdy\xffz"} {
		bs = append(bs, []byte(s))
	}
	bs = append(bs, nil, []byte{})
	for i := 0; i < 600; i++ {
		bs = append(bs, gen())
	}
	sepList := []string{"", " ", ",", "a", "ab", "é", "\xff", "日本", "xyz"}
	for i, s := range bs {
		t := bs[(i*7+1)%len(bs)]
		sep := []byte(sepList[i%len(sepList)])
		if i%3 == 0 {
			sep = gen()
		}
		ts := string(t)
		check("Equal/Compare", fmt.Sprint(mg.Equal(s, t), mg.Compare(s, t)), fmt.Sprint(bytes.Equal(s, t), bytes.Compare(s, t)))
		check("Contains", fmt.Sprint(mg.Contains(s, sep), mg.ContainsAny(s, ts), mg.Count(s, sep), mg.Index(s, sep), mg.LastIndex(s, sep)),
			fmt.Sprint(bytes.Contains(s, sep), bytes.ContainsAny(s, ts), bytes.Count(s, sep), bytes.Index(s, sep), bytes.LastIndex(s, sep)))
		check("IndexAny", fmt.Sprint(mg.IndexAny(s, ts), mg.LastIndexAny(s, ts)), fmt.Sprint(bytes.IndexAny(s, ts), bytes.LastIndexAny(s, ts)))
		for _, r := range []rune{'a', 'é', '日', unicode.ReplacementChar, -1, 0x110000} {
			check("IndexRune", fmt.Sprint(mg.IndexRune(s, r), mg.ContainsRune(s, r)), fmt.Sprint(bytes.IndexRune(s, r), bytes.ContainsRune(s, r)))
		}
		if len(sep) > 0 {
			check("IndexByte", fmt.Sprint(mg.IndexByte(s, sep[0]), mg.LastIndexByte(s, sep[0])), fmt.Sprint(bytes.IndexByte(s, sep[0]), bytes.LastIndexByte(s, sep[0])))
		}
		g, w := mg.Split(s, sep), bytes.Split(s, sep)
		check("Split", g, w)
		check("Split caps", caps(g), caps(w))
		g, w = mg.SplitAfter(s, sep), bytes.SplitAfter(s, sep)
		check("SplitAfter", g, w)
		check("SplitAfter caps", caps(g), caps(w))
		for _, n := range []int{-1, 0, 1, 2, 3, 10} {
			check("SplitN", mg.SplitN(s, sep, n), bytes.SplitN(s, sep, n))
			check("SplitAfterN", mg.SplitAfterN(s, sep, n), bytes.SplitAfterN(s, sep, n))
			check("Replace", mg.Replace(s, sep, t, n), bytes.Replace(s, sep, t, n))
		}
		check("ReplaceAll", mg.ReplaceAll(s, sep, []byte("<>")), bytes.ReplaceAll(s, sep, []byte("<>")))
		g, w = mg.Fields(s), bytes.Fields(s)
		check("Fields", g, w)
		check("Fields caps", caps(g), caps(w))
		g, w = mg.FieldsFunc(s, unicode.IsLetter), bytes.FieldsFunc(s, unicode.IsLetter)
		check("FieldsFunc", g, w)
		check("FieldsFunc caps", caps(g), caps(w))
		check("Join", mg.Join(mg.Split(s, sep), []byte("|")), bytes.Join(bytes.Split(s, sep), []byte("|")))
		check("Join 0/1", fmt.Sprintf("%#v %#v", mg.Join(nil, sep), mg.Join([][]byte{s}, sep)), fmt.Sprintf("%#v %#v", bytes.Join(nil, sep), bytes.Join([][]byte{s}, sep)))
		check("HasPrefix", fmt.Sprint(mg.HasPrefix(s, sep), mg.HasSuffix(s, sep)), fmt.Sprint(bytes.HasPrefix(s, sep), bytes.HasSuffix(s, sep)))
		check("Upper", [][]byte{mg.ToUpper(s), mg.ToLower(s), mg.ToTitle(s), mg.Title(s), mg.ToUpperSpecial(mgunicode.TurkishCase, s), mg.ToLowerSpecial(mgunicode.TurkishCase, s)},
			[][]byte{bytes.ToUpper(s), bytes.ToLower(s), bytes.ToTitle(s), bytes.Title(s), bytes.ToUpperSpecial(unicode.TurkishCase, s), bytes.ToLowerSpecial(unicode.TurkishCase, s)})
		check("ToValidUTF8", mg.ToValidUTF8(s, []byte("?")), bytes.ToValidUTF8(s, []byte("?")))
		check("Trim", [][]byte{dup(mg.Trim(s, ts)), dup(mg.TrimLeft(s, ts)), dup(mg.TrimRight(s, ts)), dup(mg.TrimSpace(s)), dup(mg.TrimPrefix(s, sep)), dup(mg.TrimSuffix(s, sep)), dup(mg.Trim(s, " a")), dup(mg.Trim(s, "a")), dup(mg.Trim(s, "é\xff"))},
			[][]byte{dup(bytes.Trim(s, ts)), dup(bytes.TrimLeft(s, ts)), dup(bytes.TrimRight(s, ts)), dup(bytes.TrimSpace(s)), dup(bytes.TrimPrefix(s, sep)), dup(bytes.TrimSuffix(s, sep)), dup(bytes.Trim(s, " a")), dup(bytes.Trim(s, "a")), dup(bytes.Trim(s, "é\xff"))})
		check("TrimFunc", [][]byte{dup(mg.TrimFunc(s, unicode.IsSpace)), dup(mg.TrimLeftFunc(s, unicode.IsLetter)), dup(mg.TrimRightFunc(s, unicode.IsLetter))},
			[][]byte{dup(bytes.TrimFunc(s, unicode.IsSpace)), dup(bytes.TrimLeftFunc(s, unicode.IsLetter)), dup(bytes.TrimRightFunc(s, unicode.IsLetter))})
		check("IndexFunc", fmt.Sprint(mg.IndexFunc(s, unicode.IsUpper), mg.LastIndexFunc(s, unicode.IsUpper), mg.ContainsFunc(s, unicode.IsDigit)),
			fmt.Sprint(bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsUpper), bytes.ContainsFunc(s, unicode.IsDigit)))
		check("EqualFold", fmt.Sprint(mg.EqualFold(s, t), mg.EqualFold(s, bytes.ToUpper(s))), fmt.Sprint(bytes.EqualFold(s, t), bytes.EqualFold(s, bytes.ToUpper(s))))
		a1, b1, c1 := mg.Cut(s, sep)
		a2, b2, c2 := bytes.Cut(s, sep)
		check("Cut", fmt.Sprintf("%#v %#v %v", a1, b1, c1), fmt.Sprintf("%#v %#v %v", a2, b2, c2))
		x1, y1 := mg.CutPrefix(s, sep)
		x2, y2 := bytes.CutPrefix(s, sep)
		check("CutPrefix", fmt.Sprintf("%#v %v", x1, y1), fmt.Sprintf("%#v %v", x2, y2))
		x1, y1 = mg.CutSuffix(s, sep)
		x2, y2 = bytes.CutSuffix(s, sep)
		check("CutSuffix", fmt.Sprintf("%#v %v", x1, y1), fmt.Sprintf("%#v %v", x2, y2))
		check("Repeat", mg.Repeat(s, i%4), bytes.Repeat(s, i%4))
		check("Runes", mg.Runes(s), bytes.Runes(s))
		check("Clone", mg.Clone(s), bytes.Clone(s))
		mapping := func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.ToUpper(r)
		}
		check("Map", mg.Map(mapping, s), bytes.Map(mapping, s))
	}
	check("Repeat panic", pt(func() { mg.Repeat([]byte("x"), -1) }), pt(func() { bytes.Repeat([]byte("x"), -1) }))

	// Buffer: random operation sequences.
	for round := 0; round < 300; round++ {
		var mb *mg.Buffer
		var rb *bytes.Buffer
		switch round % 3 {
		case 0:
			mb, rb = new(mg.Buffer), new(bytes.Buffer)
		case 1:
			mb, rb = mg.NewBufferString("seed é"), bytes.NewBufferString("seed é")
		default:
			mb, rb = mg.NewBuffer([]byte("xy\xffz")), bytes.NewBuffer([]byte("xy\xffz"))
		}
		for step := 0; step < 25; step++ {
			op := rnd.Intn(16)
			var g, w string
			data := gen()
			switch op {
			case 0:
				n1, e1 := mb.Write(data)
				n2, e2 := rb.Write(data)
				g, w = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 1:
				n1, e1 := mb.WriteString(string(data))
				n2, e2 := rb.WriteString(string(data))
				g, w = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 2:
				c := byte(rnd.Intn(256))
				g, w = fmt.Sprint(mb.WriteByte(c)), fmt.Sprint(rb.WriteByte(c))
			case 3:
				r := rune(rnd.Intn(0x3000))
				n1, e1 := mb.WriteRune(r)
				n2, e2 := rb.WriteRune(r)
				g, w = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 4:
				p1, p2 := make([]byte, rnd.Intn(5)), make([]byte, 0)
				p2 = make([]byte, len(p1))
				n1, e1 := mb.Read(p1)
				n2, e2 := rb.Read(p2)
				g, w = fmt.Sprint(n1, e1, p1), fmt.Sprint(n2, e2, p2)
			case 5:
				c1, e1 := mb.ReadByte()
				c2, e2 := rb.ReadByte()
				g, w = fmt.Sprint(c1, e1), fmt.Sprint(c2, e2)
			case 6:
				r1, s1, e1 := mb.ReadRune()
				r2, s2, e2 := rb.ReadRune()
				g, w = fmt.Sprint(r1, s1, e1), fmt.Sprint(r2, s2, e2)
			case 7:
				g, w = fmt.Sprint(mb.UnreadRune()), fmt.Sprint(rb.UnreadRune())
			case 8:
				g, w = fmt.Sprint(mb.UnreadByte()), fmt.Sprint(rb.UnreadByte())
			case 9:
				n := rnd.Intn(4)
				g, w = fmt.Sprintf("%q", mb.Next(n)), fmt.Sprintf("%q", rb.Next(n))
			case 10:
				l1, e1 := mb.ReadBytes(' ')
				l2, e2 := rb.ReadBytes(' ')
				g, w = fmt.Sprintf("%q %v", l1, e1), fmt.Sprintf("%q %v", l2, e2)
			case 11:
				l1, e1 := mb.ReadString('a')
				l2, e2 := rb.ReadString('a')
				g, w = fmt.Sprintf("%q %v", l1, e1), fmt.Sprintf("%q %v", l2, e2)
			case 12:
				n := rnd.Intn(mb.Len() + 2)
				g, w = pt(func() { mb.Truncate(n) }), pt(func() { rb.Truncate(n) })
			case 13:
				n := rnd.Intn(100)
				// Grow then write (its use): how Unread* behaves right after Grow
				// depends on capacities, which are not specified.
				mb.Grow(n)
				rb.Grow(n)
				mb.WriteString("")
				rb.WriteString("")
				g, w = fmt.Sprint(mb.Available() >= n), fmt.Sprint(rb.Available() >= n)
			case 14:
				var o1, o2 bytes.Buffer
				n1, e1 := mb.WriteTo(&o1)
				n2, e2 := rb.WriteTo(&o2)
				g, w = fmt.Sprint(n1, e1, o1.String()), fmt.Sprint(n2, e2, o2.String())
			case 15:
				n1, e1 := mb.ReadFrom(mgstrings.NewReader(string(data)))
				n2, e2 := rb.ReadFrom(strings.NewReader(string(data)))
				g, w = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			}
			check(fmt.Sprintf("Buffer op %d", op), g, w)
			check("Buffer state", fmt.Sprintf("%q %d %q", mb.Bytes(), mb.Len(), mb.String()), fmt.Sprintf("%q %d %q", rb.Bytes(), rb.Len(), rb.String()))
		}
	}
	var nb *mg.Buffer
	check("nil Buffer String", nb.String(), "<nil>")
	check("Grow panic", pt(func() { new(mg.Buffer).Grow(-1) }), pt(func() { new(bytes.Buffer).Grow(-1) }))

	// Reader.
	for _, s := range bs[:100] {
		mr := mg.NewReader(s)
		rr := bytes.NewReader(s)
		for step := 0; step < 10; step++ {
			op := rnd.Intn(6)
			var g, w string
			switch op {
			case 0:
				b1, b2 := make([]byte, 2), make([]byte, 2)
				n1, e1 := mr.Read(b1)
				n2, e2 := rr.Read(b2)
				g, w = fmt.Sprint(n1, e1, b1), fmt.Sprint(n2, e2, b2)
			case 1:
				r1, s1, e1 := mr.ReadRune()
				r2, s2, e2 := rr.ReadRune()
				g, w = fmt.Sprint(r1, s1, e1), fmt.Sprint(r2, s2, e2)
			case 2:
				g, w = fmt.Sprint(mr.UnreadRune(), mr.UnreadByte()), fmt.Sprint(rr.UnreadRune(), rr.UnreadByte())
			case 3:
				off, wh := int64(rnd.Intn(10)-3), rnd.Intn(4)
				p1, e1 := mr.Seek(off, wh)
				p2, e2 := rr.Seek(off, wh)
				g, w = fmt.Sprint(p1, e1), fmt.Sprint(p2, e2)
			case 4:
				b1, b2 := make([]byte, 3), make([]byte, 3)
				off := int64(rnd.Intn(12) - 2)
				n1, e1 := mr.ReadAt(b1, off)
				n2, e2 := rr.ReadAt(b2, off)
				g, w = fmt.Sprint(n1, e1, b1), fmt.Sprint(n2, e2, b2)
			case 5:
				var x1, x2 bytes.Buffer
				n1, e1 := mr.WriteTo(&x1)
				n2, e2 := rr.WriteTo(&x2)
				g, w = fmt.Sprint(n1, e1, x1.String(), mr.Len(), mr.Size()), fmt.Sprint(n2, e2, x2.String(), rr.Len(), rr.Size())
			}
			check(fmt.Sprintf("Reader op %d", op), g, w)
		}
		all, _ := io.ReadAll(mg.NewReader(s))
		check("ReadAll", string(all), string(s))
	}
	fmt.Printf("PASS %d/%d\n", pass, total)
}

// Compares mg/fmt's Scan family with the real fmt.
package main

import (
	"fmt"
	"io"
	"strings"

	mg "mg/fmt"
	mgio "mg/io"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want)
	if g == w {
		pass++
		return
	}
	if shown < 40 {
		shown++
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// targets returns fresh pointers of many types.
type targets struct {
	i   int
	i8  int8
	u   uint
	u16 uint16
	f   float64
	f32 float32
	s   string
	b   bool
	c   complex128
	bs  []byte
	r   rune
}

func (t *targets) ptrs(kinds string) []any {
	var out []any
	for _, k := range kinds {
		switch k {
		case 'i':
			out = append(out, &t.i)
		case '8':
			out = append(out, &t.i8)
		case 'u':
			out = append(out, &t.u)
		case 'h':
			out = append(out, &t.u16)
		case 'f':
			out = append(out, &t.f)
		case 'g':
			out = append(out, &t.f32)
		case 's':
			out = append(out, &t.s)
		case 'b':
			out = append(out, &t.b)
		case 'c':
			out = append(out, &t.c)
		case 'y':
			out = append(out, &t.bs)
		case 'r':
			out = append(out, &t.r)
		}
	}
	return out
}

// mgReader and realReader wrap a string reader so only io.Reader is visible.
type mgReader struct{ r *strings.Reader }

func (m mgReader) Read(p []byte) (int, error) {
	n, err := m.r.Read(p)
	if err == io.EOF {
		err = mgio.EOF
	}
	return n, err
}

type realReader struct{ r *strings.Reader }

func (m realReader) Read(p []byte) (int, error) { return m.r.Read(p) }

type myScanner struct{ got string }

func (m *myScanner) Scan(st mg.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ',' })
	m.got = string(verb) + ":" + string(tok)
	return err
}

type realScanner struct{ got string }

func (m *realScanner) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ',' })
	m.got = string(verb) + ":" + string(tok)
	return err
}

func main() {
	inputs := []string{"", " ", "\n", "42", "42 7", "-5 +6", "0x1F 0b101 0o17 017 1_000", "3.5 1e3 -0.25 inf NaN 0x1p-2 1.5p3",
		"hello world", "true false T F 1 0 tru", "(1+2i) 3-4i", "a\nb", "1\n2\n3", "  12  \n  34  ", "300 -129", "99999999999999999999",
		"'x' \"q\\tq\" `raw`", "é ü 世界", "12abc", "abc 12", "1.2.3", "- 5", "0x", "1e", "+", "\r\n5", "5 6 7 8 9"}
	kindsList := []string{"i", "ii", "iii", "8", "u", "h", "f", "g", "s", "ss", "b", "bbbbbb", "c", "cc", "y", "r", "is", "si", "fs", "ffffff", "iiiii"}
	for _, in := range inputs {
		for _, kinds := range kindsList {
			var m, r targets
			n1, e1 := mg.Sscan(in, m.ptrs(kinds)...)
			n2, e2 := fmt.Sscan(in, r.ptrs(kinds)...)
			check(fmt.Sprintf("Sscan(%q,%s)", in, kinds), fmt.Sprint(n1, es(e1), m), fmt.Sprint(n2, es(e2), r))
			m, r = targets{}, targets{}
			n1, e1 = mg.Sscanln(in, m.ptrs(kinds)...)
			n2, e2 = fmt.Sscanln(in, r.ptrs(kinds)...)
			check(fmt.Sprintf("Sscanln(%q,%s)", in, kinds), fmt.Sprint(n1, es(e1), m), fmt.Sprint(n2, es(e2), r))
			// Fscan through a plain reader: also compare what is left unread.
			m, r = targets{}, targets{}
			mr := mgReader{strings.NewReader(in)}
			rr := realReader{strings.NewReader(in)}
			n1, e1 = mg.Fscan(mr, m.ptrs(kinds)...)
			n2, e2 = fmt.Fscan(rr, r.ptrs(kinds)...)
			check(fmt.Sprintf("Fscan(%q,%s)", in, kinds), fmt.Sprint(n1, es(e1), m, mr.r.Len()), fmt.Sprint(n2, es(e2), r, rr.r.Len()))
		}
	}
	formats := []struct{ f, in, kinds string }{
		{"%d", "42", "i"}, {"%d %d", "1 2", "ii"}, {"%d,%d", "1,2", "ii"}, {"%d,%d", "1 ,2", "ii"}, {"%x", "ff", "i"}, {"%o %b", "17 101", "ii"},
		{"%5s%d", "abcdefgh12", "si"}, {"%3d%3d", "123456", "ii"}, {"%c%c", "ab", "rr"}, {"%q", `"a\"b"`, "s"}, {"%x", "48656c6c6f", "s"},
		{"%f %g %e", "1.5 2.5 3e2", "fff"}, {"%t", "true", "b"}, {"%v %v", "x 3", "si"}, {"%d%%", "50%", "i"}, {"%d %%", "5 %", "i"},
		{"a%db", "a5b", "i"}, {"a%db", "x5b", "i"}, {"%d\n%d", "1\n2", "ii"}, {"%d %d", "1\n2", "ii"}, {"%d\n%d", "1 2", "ii"},
		{"%d", "", "i"}, {"%d", "x", "i"}, {"%s", "word rest", "s"}, {"%d", "1", "ii"}, {"%d %d", "1 2", "i"}, {"%z", "1", "i"},
		{"%s", "abc", "i"}, {"%d", "abc", "s"}, {"%U", "U+1F600", "r"}, {"%v", "0x10", "u"}, {"%d", "-0", "u"}, {"%5c", "abc", "r"},
		{"%", "1", "i"}, {"  %d  ", "   7   ", "i"}, {"%d\n", "7\n", "i"}, {"%s %s", "a\nb", "ss"}, {"%d%s", "12ab", "is"},
	}
	for _, fm := range formats {
		var m, r targets
		n1, e1 := mg.Sscanf(fm.in, fm.f, m.ptrs(fm.kinds)...)
		n2, e2 := fmt.Sscanf(fm.in, fm.f, r.ptrs(fm.kinds)...)
		check(fmt.Sprintf("Sscanf(%q,%q)", fm.in, fm.f), fmt.Sprint(n1, es(e1), m), fmt.Sprint(n2, es(e2), r))
	}
	// Scanner interface and non-pointer targets.
	var ms myScanner
	var rs realScanner
	var x1, x2 int
	n1, e1 := mg.Sscan("  ab,cd 5", &ms)
	n2, e2 := fmt.Sscan("  ab,cd 5", &rs)
	check("Scanner", fmt.Sprint(n1, es(e1), ms.got), fmt.Sprint(n2, es(e2), rs.got))
	n1, e1 = mg.Sscanf("zz,5", "%v,%d", &ms, &x1)
	n2, e2 = fmt.Sscanf("zz,5", "%v,%d", &rs, &x2)
	check("Scanner f", fmt.Sprint(n1, es(e1), ms.got, x1), fmt.Sprint(n2, es(e2), rs.got, x2))
	n1, e1 = mg.Sscan("5", x1)
	n2, e2 = fmt.Sscan("5", x2)
	check("non-pointer", fmt.Sprint(n1, es(e1)), fmt.Sprint(n2, es(e2)))
	fmt.Printf("PASS %d/%d\n", pass, total)
}

// bytes: which results are nil, which are subslices of the argument (and with what
// capacity) and which are new, for nil, empty and ordinary inputs; Buffer and Reader
// state machines (Unread* after each kind of operation, EOF rules); compared with Go.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func d(name string, b []byte) { fmt.Printf("%-14s nil=%-5v len=%d %q\n", name, b == nil, len(b), b) }

// sub also shows the capacity: the result shares the argument's memory.
func sub(name string, b []byte) {
	fmt.Printf("%-14s nil=%-5v len=%d cap=%d %q\n", name, b == nil, len(b), cap(b), b)
}

func ds(name string, bs [][]byte) {
	fmt.Printf("%-14s nil=%-5v len=%d:", name, bs == nil, len(bs))
	for _, b := range bs {
		fmt.Printf(" [%v %d %d %q]", b == nil, len(b), cap(b), b)
	}
	fmt.Println()
}

func room(s string) []byte { return append(make([]byte, 0, len(s)+7), s...) }

func main() {
	for _, in := range [][]byte{nil, {}, room("  "), room(" a b "), room("abc"), room("a,b,,c"), room("aéb\xff"), room(" \u00a0x\u2028")} {
		fmt.Printf("== %q nil=%v\n", in, in == nil)
		sub("TrimSpace", bytes.TrimSpace(in))
		sub("Trim", bytes.Trim(in, " "))
		sub("TrimAll", bytes.Trim(in, " abc,"))
		sub("TrimLeft", bytes.TrimLeft(in, " abc,"))
		sub("TrimRight", bytes.TrimRight(in, " abc,"))
		sub("TrimEmptyCut", bytes.Trim(in, ""))
		sub("TrimLeftE", bytes.TrimLeft(in, ""))
		sub("TrimRightE", bytes.TrimRight(in, ""))
		sub("TrimFunc", bytes.TrimFunc(in, unicode.IsSpace))
		sub("TrimLeftFunc", bytes.TrimLeftFunc(in, func(r rune) bool { return true }))
		sub("TrimRightFunc", bytes.TrimRightFunc(in, func(r rune) bool { return true }))
		sub("TrimPrefix", bytes.TrimPrefix(in, []byte("a")))
		sub("TrimPrefixAll", bytes.TrimPrefix(in, in))
		sub("TrimSuffix", bytes.TrimSuffix(in, in))
		d("ToUpper", bytes.ToUpper(in))
		d("ToLower", bytes.ToLower(in))
		d("Title", bytes.Title(in))
		d("ToTitle", bytes.ToTitle(in))
		d("Map", bytes.Map(func(r rune) rune { return r }, in))
		d("MapDrop", bytes.Map(func(r rune) rune { return -1 }, in))
		d("Repeat0", bytes.Repeat(in, 0))
		d("Repeat2", bytes.Repeat(in, 2))
		d("Replace", bytes.Replace(in, []byte("a"), []byte("x"), -1))
		d("Replace0", bytes.Replace(in, []byte("a"), []byte("x"), 0))
		d("ReplaceNone", bytes.Replace(in, []byte("q"), []byte("x"), -1))
		d("ReplaceEmpty", bytes.Replace(in, nil, []byte("."), 3))
		d("ToValidUTF8", bytes.ToValidUTF8(in, []byte("?")))
		d("Clone", bytes.Clone(in))
		d("Join", bytes.Join([][]byte{in}, []byte(",")))
		d("Join2", bytes.Join([][]byte{in, in}, []byte(",")))
		d("Join0", bytes.Join(nil, []byte(",")))
		ds("Split", bytes.Split(in, []byte(",")))
		ds("SplitE", bytes.Split(in, nil))
		ds("SplitEN2", bytes.SplitN(in, nil, 2))
		ds("SplitAfter", bytes.SplitAfter(in, []byte(",")))
		ds("SplitN0", bytes.SplitN(in, []byte(","), 0))
		ds("SplitN2", bytes.SplitN(in, []byte(","), 2))
		ds("Fields", bytes.Fields(in))
		ds("FieldsFunc", bytes.FieldsFunc(in, unicode.IsPunct))
		b, a, f := bytes.Cut(in, []byte(","))
		sub("Cut.b", b)
		sub("Cut.a", a)
		fmt.Println(f)
		b, a, f = bytes.Cut(in, []byte("zz"))
		sub("CutNo.b", b)
		sub("CutNo.a", a)
		a, f = bytes.CutPrefix(in, []byte("zz"))
		sub("CutPrefixNo", a)
		a, f = bytes.CutSuffix(in, nil)
		sub("CutSuffixNil", a)
		fmt.Println(bytes.Runes(in) == nil, len(bytes.Runes(in)), bytes.Equal(in, nil), bytes.Compare(in, []byte("abc")), bytes.EqualFold(in, []byte("ABC")), bytes.IndexRune(in, 'é'), bytes.Count(in, nil))
	}

	// Buffer: the Unread* rules and EOF.
	var buf bytes.Buffer
	sub("Bytes0", buf.Bytes())
	x, err := buf.ReadBytes('x')
	fmt.Printf("%#v %v %v\n", x, err, buf.UnreadByte())
	buf.WriteString("abc")
	buf.Next(0)
	fmt.Println(buf.UnreadByte())
	buf.Next(1)
	fmt.Println(buf.UnreadByte(), buf.String())
	buf.ReadRune()
	buf.Truncate(1)
	fmt.Println(buf.UnreadRune(), buf.UnreadByte())
	buf.ReadRune()
	buf.WriteByte('q')
	fmt.Println(buf.UnreadRune(), buf.String())
	r, n, err := buf.ReadRune()
	fmt.Println(r, n, err, buf.UnreadByte(), buf.String(), buf.UnreadByte())
	s, err := buf.ReadString('z')
	fmt.Printf("%q %v %v\n", s, err, buf.UnreadByte())
	var c bytes.Buffer
	c.WriteString("é")
	c.ReadByte()
	fmt.Println(c.UnreadRune())
	p := make([]byte, 0)
	nn, err := c.Read(p)
	fmt.Println(nn, err, c.UnreadByte())
	c.Reset()
	nn, err = c.Read(p)
	fmt.Println(nn, err)
	nn, err = c.Read(make([]byte, 2))
	fmt.Println(nn, err, bytes.MinRead, bytes.ErrTooLarge)
	c.WriteString("line one\nline two\nrest")
	for {
		line, err := c.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	var big bytes.Buffer
	m, err := big.ReadFrom(strings.NewReader(strings.Repeat("y", 3000)))
	fmt.Println(m, err, big.Len())
	var out strings.Builder
	m, err = big.WriteTo(&out)
	fmt.Println(m, err, big.Len(), out.Len())
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	for _, f := range []func(){func() { new(bytes.Buffer).Grow(-1) }, func() { bytes.NewBufferString("ab").Truncate(3) }, func() { bytes.Repeat([]byte("x"), -1) }} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}

	// Reader: Read at the end keeps a ReadRune undoable; ReadByte and WriteTo do not.
	for _, op := range []string{"Read", "Read0", "ReadByte", "WriteTo", "ReadRune", "ReadAt", "Seek"} {
		b := bytes.NewReader([]byte("a"))
		s := strings.NewReader("a")
		b.ReadRune()
		s.ReadRune()
		switch op {
		case "Read":
			b.Read(make([]byte, 2))
			s.Read(make([]byte, 2))
		case "Read0":
			b.Read(nil)
			s.Read(nil)
		case "ReadByte":
			b.ReadByte()
			s.ReadByte()
		case "WriteTo":
			b.WriteTo(io.Discard)
			s.WriteTo(io.Discard)
		case "ReadRune":
			b.ReadRune()
			s.ReadRune()
		case "ReadAt":
			b.ReadAt(make([]byte, 1), 0)
			s.ReadAt(make([]byte, 1), 0)
		case "Seek":
			b.Seek(0, 9)
			s.Seek(0, 9)
		}
		fmt.Println(op, b.UnreadRune(), s.UnreadRune(), b.Len(), s.Len())
	}
	rd := bytes.NewReader([]byte("héllo"))
	rd.ReadRune()
	rd.ReadRune()
	fmt.Println(rd.Len(), rd.UnreadRune(), rd.Len(), rd.UnreadRune(), rd.UnreadByte(), rd.UnreadByte())
	fmt.Println(rd.Seek(-1, io.SeekStart))
	fmt.Println(rd.Seek(10, io.SeekEnd))
	fmt.Println(rd.ReadByte())
	fmt.Println(rd.ReadAt(make([]byte, 2), -1))
	fmt.Println(rd.ReadAt(make([]byte, 9), 2))
}

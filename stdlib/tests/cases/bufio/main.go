// Compares mg/bufio with the real bufio on random operation sequences over readers
// that return short reads.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"strings"

	mg "mg/bufio"
	mgerrors "mg/errors"
	mgio "mg/io"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%q", got), fmt.Sprintf("%q", want)
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

// chunky returns at most n bytes per Read, with the EOF of the given io package.
type chunky struct {
	s   *strings.Reader
	n   int
	eof error
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(p) > c.n {
		p = p[:c.n]
	}
	n, err := c.s.Read(p)
	if err == io.EOF {
		err = c.eof
	}
	return n, err
}

func main() {
	rnd := rand.New(rand.NewSource(4))
	words := []string{"a", "bb", " ", "\n", "\r\n", "é", "世界", "\xff", "line", "\t", "x y", strings.Repeat("z", 40)}
	gen := func() string {
		var sb strings.Builder
		for i := rnd.Intn(40); i > 0; i-- {
			sb.WriteString(words[rnd.Intn(len(words))])
		}
		return sb.String()
	}
	for round := 0; round < 400; round++ {
		in := gen()
		chunk := 1 + rnd.Intn(7)
		size := []int{16, 20, 64, 4096}[rnd.Intn(4)]
		mr := mg.NewReaderSize(&chunky{strings.NewReader(in), chunk, mgio.EOF}, size)
		rr := bufio.NewReaderSize(&chunky{strings.NewReader(in), chunk, io.EOF}, size)
		for step := 0; step < 20; step++ {
			op := rnd.Intn(12)
			var g, w string
			switch op {
			case 0:
				n := rnd.Intn(8)
				p1, p2 := make([]byte, n), make([]byte, n)
				n1, e1 := mr.Read(p1)
				n2, e2 := rr.Read(p2)
				g, w = fmt.Sprint(n1, es(e1), p1[:n1]), fmt.Sprint(n2, es(e2), p2[:n2])
			case 1:
				c1, e1 := mr.ReadByte()
				c2, e2 := rr.ReadByte()
				g, w = fmt.Sprint(c1, es(e1)), fmt.Sprint(c2, es(e2))
			case 2:
				g, w = es(mr.UnreadByte()), es(rr.UnreadByte())
			case 3:
				r1, s1, e1 := mr.ReadRune()
				r2, s2, e2 := rr.ReadRune()
				g, w = fmt.Sprint(r1, s1, es(e1)), fmt.Sprint(r2, s2, es(e2))
			case 4:
				g, w = es(mr.UnreadRune()), es(rr.UnreadRune())
			case 5:
				n := rnd.Intn(30) - 2
				b1, e1 := mr.Peek(n)
				b2, e2 := rr.Peek(n)
				g, w = fmt.Sprint(string(b1), es(e1)), fmt.Sprint(string(b2), es(e2))
			case 6:
				s1, e1 := mr.ReadString('\n')
				s2, e2 := rr.ReadString('\n')
				g, w = s1+es(e1), s2+es(e2)
			case 7:
				l1, p1, e1 := mr.ReadLine()
				l2, p2, e2 := rr.ReadLine()
				g, w = fmt.Sprint(string(l1), p1, es(e1)), fmt.Sprint(string(l2), p2, es(e2))
			case 8:
				b1, e1 := mr.ReadBytes(' ')
				b2, e2 := rr.ReadBytes(' ')
				g, w = string(b1)+es(e1), string(b2)+es(e2)
			case 9:
				n := rnd.Intn(10) - 1
				d1, e1 := mr.Discard(n)
				d2, e2 := rr.Discard(n)
				g, w = fmt.Sprint(d1, es(e1)), fmt.Sprint(d2, es(e2))
			case 10:
				s1, e1 := mr.ReadSlice('a')
				s2, e2 := rr.ReadSlice('a')
				g, w = string(s1)+es(e1), string(s2)+es(e2)
			case 11:
				var b1, b2 bytes.Buffer
				n1, e1 := mr.WriteTo(&b1)
				n2, e2 := rr.WriteTo(&b2)
				g, w = fmt.Sprint(n1, es(e1), b1.String()), fmt.Sprint(n2, es(e2), b2.String())
			}
			check(fmt.Sprintf("Reader op %d", op), g, w)
			check("Buffered", mr.Buffered(), rr.Buffered())
		}
	}
	// Scanner with every split function and small buffers.
	splits := []struct {
		name string
		m    mg.SplitFunc
		r    bufio.SplitFunc
	}{{"lines", mg.ScanLines, bufio.ScanLines}, {"words", mg.ScanWords, bufio.ScanWords}, {"runes", mg.ScanRunes, bufio.ScanRunes}, {"bytes", mg.ScanBytes, bufio.ScanBytes}}
	for round := 0; round < 300; round++ {
		in := gen()
		chunk := 1 + rnd.Intn(9)
		for _, sp := range splits {
			ms := mg.NewScanner(&chunky{strings.NewReader(in), chunk, mgio.EOF})
			rs := bufio.NewScanner(&chunky{strings.NewReader(in), chunk, io.EOF})
			ms.Split(sp.m)
			rs.Split(sp.r)
			if round%5 == 0 {
				ms.Buffer(make([]byte, 4), 32)
				rs.Buffer(make([]byte, 4), 32)
			}
			var g, w []string
			for ms.Scan() {
				g = append(g, ms.Text())
			}
			for rs.Scan() {
				w = append(w, rs.Text())
			}
			check("Scanner "+sp.name, fmt.Sprint(g, es(ms.Err())), fmt.Sprint(w, es(rs.Err())))
		}
	}
	// A custom split function with ErrFinalToken.
	ms := mg.NewScanner(strings.NewReader("1,2,STOP,3"))
	ms.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if atEOF {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, data[:i], mg.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	var toks []string
	for ms.Scan() {
		toks = append(toks, ms.Text())
	}
	check("ErrFinalToken", fmt.Sprint(toks, ms.Err()), "[1 2 STOP] <nil>")
	// Writer.
	for round := 0; round < 200; round++ {
		var b1, b2 bytes.Buffer
		size := []int{1, 3, 16, 4096}[rnd.Intn(4)]
		mw := mg.NewWriterSize(&b1, size)
		rw := bufio.NewWriterSize(&b2, size)
		for step := 0; step < 15; step++ {
			s := gen()
			var g, w string
			switch rnd.Intn(5) {
			case 0:
				n1, e1 := mw.Write([]byte(s))
				n2, e2 := rw.Write([]byte(s))
				g, w = fmt.Sprint(n1, es(e1)), fmt.Sprint(n2, es(e2))
			case 1:
				n1, e1 := mw.WriteString(s)
				n2, e2 := rw.WriteString(s)
				g, w = fmt.Sprint(n1, es(e1)), fmt.Sprint(n2, es(e2))
			case 2:
				r := rune(rnd.Intn(0x3000))
				n1, e1 := mw.WriteRune(r)
				n2, e2 := rw.WriteRune(r)
				g, w = fmt.Sprint(n1, es(e1)), fmt.Sprint(n2, es(e2))
			case 3:
				g, w = es(mw.WriteByte('!')), es(rw.WriteByte('!'))
			case 4:
				g, w = es(mw.Flush()), es(rw.Flush())
			}
			check("Writer op", g, w)
			check("Writer state", fmt.Sprint(mw.Buffered(), mw.Available(), b1.String()), fmt.Sprint(rw.Buffered(), rw.Available(), b2.String()))
		}
	}
	// Errors stick.
	fw := mg.NewWriterSize(failWriter{}, 4)
	fw.WriteString("hello")
	check("sticky error", es(fw.Flush())+" "+es(fw.WriteByte('x')), "boom boom")
	check("errors", fmt.Sprint(mg.ErrBufferFull, mg.ErrNegativeCount, mg.ErrInvalidUnreadByte, mg.ErrInvalidUnreadRune, mg.ErrTooLong, mg.ErrFinalToken),
		fmt.Sprint(bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune, bufio.ErrTooLong, bufio.ErrFinalToken))
	fmt.Printf("PASS %d/%d\n", pass, total)
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, mgerrors.New("boom") }

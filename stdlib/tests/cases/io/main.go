// Compares mg/io with the real io package (helpers run over mg/strings and mg/bytes
// readers and writers, which use mg/io's EOF).
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	mgbytes "mg/bytes"
	mgerrors "mg/errors"
	mg "mg/io"
	mgstrings "mg/strings"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 30 {
		shown++
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

// slowReader returns at most n bytes per Read, to exercise loops.
type slowReader struct {
	r io.Reader
	n int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(p) > s.n {
		p = p[:s.n]
	}
	return s.r.Read(p)
}

type mgSlow struct {
	r mg.Reader
	n int
}

func (s *mgSlow) Read(p []byte) (int, error) {
	if len(p) > s.n {
		p = p[:s.n]
	}
	return s.r.Read(p)
}

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	texts := []string{"", "a", "hello world", strings.Repeat("x", 70000)}
	for _, s := range texts {
		for _, n := range []int{1, 3, 1000} {
			got, e1 := mg.ReadAll(&mgSlow{mgstrings.NewReader(s), n})
			want, e2 := io.ReadAll(&slowReader{strings.NewReader(s), n})
			check("ReadAll", fmt.Sprint(len(got), string(got) == s, es(e1)), fmt.Sprint(len(want), string(want) == s, es(e2)))
			for _, size := range []int{0, 1, 5, 20} {
				b1, b2 := make([]byte, size), make([]byte, size)
				n1, e1 := mg.ReadFull(&mgSlow{mgstrings.NewReader(s), n}, b1)
				n2, e2 := io.ReadFull(&slowReader{strings.NewReader(s), n}, b2)
				check("ReadFull", fmt.Sprint(n1, es(e1), string(b1)), fmt.Sprint(n2, es(e2), string(b2)))
				m1, f1 := mg.ReadAtLeast(&mgSlow{mgstrings.NewReader(s), n}, b1, size/2+1)
				m2, f2 := io.ReadAtLeast(&slowReader{strings.NewReader(s), n}, b2, size/2+1)
				check("ReadAtLeast", fmt.Sprint(m1, es(f1)), fmt.Sprint(m2, es(f2)))
			}
			var w1 mgbytes.Buffer
			var w2 strings.Builder
			c1, e1 := mg.Copy(&w1, &mgSlow{mgstrings.NewReader(s), n})
			c2, e2 := io.Copy(&w2, &slowReader{strings.NewReader(s), n})
			check("Copy", fmt.Sprint(c1, es(e1), w1.String() == s), fmt.Sprint(c2, es(e2), w2.String() == s))
			for _, k := range []int64{0, 1, 4, 100000} {
				var x1 mgbytes.Buffer
				var x2 strings.Builder
				c1, e1 := mg.CopyN(&x1, mgstrings.NewReader(s), k)
				c2, e2 := io.CopyN(&x2, strings.NewReader(s), k)
				check("CopyN", fmt.Sprint(c1, es(e1), x1.String()), fmt.Sprint(c2, es(e2), x2.String()))
				l1, _ := mg.ReadAll(mg.LimitReader(mgstrings.NewReader(s), k))
				l2, _ := io.ReadAll(io.LimitReader(strings.NewReader(s), k))
				check("LimitReader", string(l1), string(l2))
			}
		}
	}
	// MultiReader / MultiWriter / TeeReader / SectionReader.
	mr := mg.MultiReader(mgstrings.NewReader("ab"), mgstrings.NewReader(""), mgstrings.NewReader("cde"))
	all, err := mg.ReadAll(mr)
	check("MultiReader", string(all)+es(err), "abcde<nil>")
	var b1, b2 mgbytes.Buffer
	mw := mg.MultiWriter(&b1, &b2)
	mg.WriteString(mw, "xyz")
	check("MultiWriter", b1.String()+b2.String(), "xyzxyz")
	var tee mgbytes.Buffer
	tr := mg.TeeReader(mgstrings.NewReader("tee!"), &tee)
	all, _ = mg.ReadAll(tr)
	check("TeeReader", string(all)+tee.String(), "tee!tee!")
	sr := mg.NewSectionReader(mgstrings.NewReader("0123456789"), 2, 5)
	rsr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	p1, p2 := make([]byte, 3), make([]byte, 3)
	n1, e1 := sr.ReadAt(p1, 3)
	n2, e2 := rsr.ReadAt(p2, 3)
	check("SectionReader.ReadAt", fmt.Sprint(n1, es(e1), string(p1)), fmt.Sprint(n2, es(e2), string(p2)))
	o1, f1 := sr.Seek(-2, mg.SeekEnd)
	o2, f2 := rsr.Seek(-2, io.SeekEnd)
	rest1, _ := mg.ReadAll(sr)
	rest2, _ := io.ReadAll(rsr)
	check("SectionReader.Seek", fmt.Sprint(o1, es(f1), string(rest1), sr.Size()), fmt.Sprint(o2, es(f2), string(rest2), rsr.Size()))
	_, f1 = sr.Seek(0, 7)
	_, f2 = rsr.Seek(0, 7)
	check("Seek whence", es(f1), es(f2))
	n, err := mg.Discard.Write([]byte("abc"))
	check("Discard", fmt.Sprint(n, err), "3 <nil>")
	rc := mg.NopCloser(mgstrings.NewReader("q"))
	check("NopCloser", es(rc.Close()), "<nil>")
	// Errors.
	check("errors", fmt.Sprint(mg.EOF, mg.ErrUnexpectedEOF, mg.ErrShortWrite, mg.ErrShortBuffer, mg.ErrNoProgress, mg.ErrClosedPipe),
		fmt.Sprint(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe))
	// Pipe.
	pr, pw := mg.Pipe()
	go func() {
		mg.WriteString(pw, "hello ")
		pw.Write([]byte("pipe"))
		pw.Close()
	}()
	got, err := mg.ReadAll(pr)
	check("Pipe", string(got)+es(err), "hello pipe<nil>")
	pr, pw = mg.Pipe()
	pr.CloseWithError(mgerrors.New("reader gone"))
	_, err = pw.Write([]byte("x"))
	check("Pipe write after reader close", es(err), "reader gone")
	pr, pw = mg.Pipe()
	pw.CloseWithError(mgerrors.New("writer failed"))
	_, err = pr.Read(make([]byte, 1))
	check("Pipe read after writer error", es(err), "writer failed")
	pr.Close()
	_, err = pr.Read(make([]byte, 1))
	check("Pipe read after close", errors.Is(err, mg.ErrClosedPipe) || es(err) == "writer failed", true)
	// Small reads of one big write.
	pr, pw = mg.Pipe()
	go func() { pw.Write([]byte("0123456789")); pw.Close() }()
	var parts []string
	buf := make([]byte, 3)
	for {
		n, err := pr.Read(buf)
		if err != nil {
			break
		}
		parts = append(parts, string(buf[:n]))
	}
	check("Pipe chunks", parts, []string{"012", "345", "678", "9"})
	fmt.Printf("PASS %d/%d\n", pass, total)
}

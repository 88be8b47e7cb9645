// text/scanner over readers that return little at a time or fail, long tokens crossing
// read buffers, exponent errors, default error reporting on stderr.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/scanner"
)

type trickle struct {
	s   string
	n   int
	err error
}

func (t *trickle) Read(p []byte) (int, error) {
	if len(t.s) == 0 {
		if t.err != nil {
			return 0, t.err
		}
		return 0, io.EOF
	}
	k := t.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(t.s) {
		k = len(t.s)
	}
	copy(p, t.s[:k])
	t.s = t.s[k:]
	return k, nil
}

func main() {
	long := strings.Repeat("word ", 2000) + "\"" + strings.Repeat("é", 3000) + "\" " + strings.Repeat("x", 9000) + " 12345.678e-9"
	for _, n := range []int{1, 3, 7, 5000} {
		var s scanner.Scanner
		s.Init(&trickle{s: "αβ := \"日本\" + 'é' // c\n3.25e1 `raw`\n" + long, n: n})
		count, bytes := 0, 0
		var last string
		for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
			count++
			bytes += len(s.TokenText())
			if count <= 8 {
				fmt.Printf("%s %s %q | ", s.Position, scanner.TokenString(tok), s.TokenText())
			}
			last = s.TokenText()
		}
		fmt.Printf("\nchunk %d: %d tokens, %d bytes, last %q, end %s, errors %d\n", n, count, bytes, last, s.Pos(), s.ErrorCount)
	}

	var s scanner.Scanner
	s.Init(&trickle{s: "a b", n: 1, err: errors.New("disk on fire")})
	s.Filename = "broken"
	s.Error = func(s *scanner.Scanner, msg string) { fmt.Println("error:", msg, s.Pos()) }
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Println(scanner.TokenString(tok), s.TokenText())
	}
	fmt.Println("errors", s.ErrorCount)

	s.Init(strings.NewReader("0x1e5 0b1e3 0o1p3 1p3 0x1P+2 1E5 0b_1 0x_ 0_ 0.e 1.5e+ .e5"))
	s.Error = func(s *scanner.Scanner, msg string) { fmt.Printf("  error %s: %s [%q]\n", s.Position, msg, s.TokenText()) }
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Println(s.Position, scanner.TokenString(tok), s.TokenText())
	}

	// Mode and Whitespace may change between calls.
	s.Init(strings.NewReader("a 1.5 b\n\"q\" c"))
	s.Mode = scanner.ScanIdents
	fmt.Println(scanner.TokenString(s.Scan()), s.TokenText())
	s.Mode = scanner.ScanFloats
	fmt.Println(scanner.TokenString(s.Scan()), s.TokenText())
	s.Whitespace = 1 << ' '
	fmt.Println(scanner.TokenString(s.Scan()), s.TokenText())
	fmt.Println(scanner.TokenString(s.Scan()), s.TokenText())
	s.Mode = scanner.GoTokens
	fmt.Println(scanner.TokenString(s.Scan()), s.TokenText(), s.Position, s.Pos(), s.String(), s.IsValid())
	fmt.Println(string(s.Next()), s.Position.IsValid(), s.TokenText(), s.Pos())
	fmt.Println(scanner.TokenString(s.Scan()), s.TokenText())
	fmt.Println(scanner.TokenString(s.Scan()), s.TokenText())

	// No Error handler: messages go to stderr as "position: message" (last, and only
	// on stderr, so that the test harness sees the same order).
	s.Error = nil
	s.Init(strings.NewReader("ok 'xy' \"open\n0b 1e\x00"))
	s.Filename = "stderr.txt"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Fprintln(os.Stderr, "token", scanner.TokenString(tok), s.TokenText())
	}
	s.Init(strings.NewReader("x\xff"))
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Fprintln(os.Stderr, "token", scanner.TokenString(tok), s.TokenText())
	}
}

// text/scanner: tokens, positions, texts, modes, errors, Next/Peek, custom identifiers.
package main

import (
	"fmt"
	"strings"
	"text/scanner"
	"unicode"
)

func scanAll(name, src string, mode uint, setup func(s *scanner.Scanner)) {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = name
	if mode != 0 {
		s.Mode = mode
	}
	s.Error = func(s *scanner.Scanner, msg string) {
		fmt.Printf("    error at %s (pos %s, valid %v): %s [%q]\n", s.Position, s.Pos(), s.Position.IsValid(), msg, s.TokenText())
	}
	if setup != nil {
		setup(&s)
	}
	fmt.Printf("%s %q mode=%d:\n", name, src, s.Mode)
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("  %s %-9s %q off=%d pos=%s\n", s.Position, scanner.TokenString(tok), s.TokenText(), s.Offset, s.Pos())
	}
	fmt.Printf("  EOF at %s, text %q, errors %d, pos %s, String %s\n", s.Position, s.TokenText(), s.ErrorCount, s.Pos(), s.String())
}

func main() {
	srcs := []string{
		"x := 3 + 4.5 // comment\nif a != b { return \"s\\n\" }",
		"a.b.c 1.e5 .5 5. 0x1F 0o17 017 0b101 1_000 0x1p-2 1e+10 2.5E-3 0X_1 08 09.5 1__2 0x 0b 1e 0x1.8 0b1.1 12i 0xg",
		"'a' '\\n' '\\x41' '\\u00e9' '\\U0001F600' 'ab' '' '\\q' '\\400' 'é'",
		"`raw\nstring` \"unterminated\n\"ok\"",
		"/* block\ncomment */ x /* unterminated",
		"αβγ _x x1 日本語 ü2 $y @ # ~",
		"\ufeffbom first",
		"a\x00b",
		"bad \xff utf8",
		"tab\tand\r\nnewlines\n\n  end",
		"\"esc \\t \\\" \\' ok\" \"bad \\z\" '\\'' \"\\x4\" \"\\777\"",
		"",
		"   ",
		"x /",
		"1.5e3x 3..4 .. ...",
		"0x1p 0x.p1 0b12 0o8 1_ 0_x 0.5_ 00 0_7",
	}
	for i, src := range srcs {
		scanAll(fmt.Sprintf("f%d.go", i), src, 0, nil)
	}
	scanAll("idents", "x := 3 + 4.5 \"s\" 'c' `r` /* c */ // d\n", scanner.ScanIdents, nil)
	scanAll("ints", "x := 3 + 4.5 \"s\" 'c' 0x10", scanner.ScanInts, nil)
	scanAll("floats", "x := 3 + 4.5 .5 1e3 0x1p4", scanner.ScanFloats, nil)
	scanAll("comments", "a /* c */ b // d\nc", scanner.ScanIdents|scanner.ScanComments, nil)
	scanAll("skipcomments", "a /* c */ b // d\nc", scanner.ScanIdents|scanner.ScanComments|scanner.SkipComments, nil)
	scanAll("strings", "\"a\" `b` 'c'", scanner.ScanStrings, nil)
	scanAll("rawstrings", "\"a\" `b` 'c'", scanner.ScanRawStrings, nil)
	scanAll("chars", "\"a\" `b` 'c'", scanner.ScanChars, nil)
	scanAll("nowhite", "a b\tc\nd", scanner.GoTokens, func(s *scanner.Scanner) { s.Whitespace = 0 })
	scanAll("spacesonly", "a b\tc\nd", scanner.GoTokens, func(s *scanner.Scanner) { s.Whitespace = 1 << ' ' })
	scanAll("identrune", "a-b-c $x x-1 --", scanner.GoTokens, func(s *scanner.Scanner) {
		s.IsIdentRune = func(ch rune, i int) bool {
			return ch == '$' && i == 0 || ch == '-' && i > 0 || unicode.IsLetter(ch)
		}
	})

	// Next and Peek, Pos between them.
	var s scanner.Scanner
	s.Init(strings.NewReader("ab\ncd"))
	fmt.Println(s.Peek() == 'a', s.Pos(), s.Position.IsValid())
	for ch := s.Next(); ch != scanner.EOF; ch = s.Next() {
		fmt.Printf("%q %s peek=%q\n", ch, s.Pos(), s.Peek())
	}
	fmt.Println(s.Next() == scanner.EOF, s.Peek() == scanner.EOF, s.Pos())
	s.Init(strings.NewReader("foo bar"))
	fmt.Println(s.Scan() == scanner.Ident, s.TokenText(), string(s.Next()), string(s.Peek()), s.Scan() == scanner.Ident, s.TokenText())

	for _, tok := range []rune{scanner.EOF, scanner.Ident, scanner.Int, scanner.Float, scanner.Char, scanner.String, scanner.RawString, scanner.Comment, 'a', '\n', 'é', 0, -9, '"'} {
		fmt.Printf("%s ", scanner.TokenString(tok))
	}
	fmt.Println()
	p := scanner.Position{}
	fmt.Println(p.String(), p.IsValid())
	p = scanner.Position{Filename: "f.go", Line: 2, Column: 3}
	fmt.Println(p.String())
	p = scanner.Position{Line: 2, Column: 3}
	fmt.Println(p.String())
	p = scanner.Position{Filename: "f.go"}
	fmt.Println(p.String())
	fmt.Println(scanner.GoTokens, scanner.GoWhitespace, scanner.SkipComments)
}

// Parse errors: Go's error codes and the part of the pattern each one quotes.
package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

func main() {
	pats := []string{"(a", "a)", "[a", "[z-a]", `\q`, "a**", "a*+", "*", "+a", "a{2,1}", "a{1001}",
		"(?P<n>a)(?P<n>b)", "(?P<>a)", "(?P<1a>x)", "(?<n>x)", "(?i", "(?z)", `\`, "[[:foo:]]",
		`\p{Foo}`, `\pX`, `\8`, "x{1001,}", "(a{500}){3}", "\xff", "a\xffb", `[\d-z]`, "a{,2}", "(?P=n)",
		"()", "(?:a|)", "a{2}{3}", "a**?", "(?i)(?-i)", "(?)", "(?-)", "(?i-)", "x|*", "(*)",
		`\x{110000}`, `\x{zz}`, `\xg`, `[a-\d]`, "(?P<name", "[]", "[^]", "(?P>a)", "a{1000}",
		"(a{1000}){1000}", `\Q`, `\C`, `\z`, `[\Q]\E]`, "a++", "[a-b-c]", `[\b]`, `\12`, `\1`,
		`\0`, `\012`, `\08`, `\177`, `\400`, "[a-]", "[-a]", "[]a]", "(?P<n-a>x)", "[[:^alpha:]]",
		`\P{^Greek}`, `\p{^L}`, `\pN`, `(?i)\p{Lu}`, `\p{Any}`, "(?U)(?i-U)", "a{1000,1001}",
		"(a{2}b{600}){2}", "(?:a{30}){40}", "(a*){1001}", `\Z`, "(?i:", "x{2}{,3}", `\é`, `\ `,
		`[\-]`, `[\x{110000}]`, `[a-\x{110000}]`, "(?smiU)", "(?P<a>", "(?i)(?P<x>", "a|*",
		"a|(?i)*", "(?:*)", "a{1,2}{3}", "(?i)*", "^*", "$+", `\b*`, "a{1", "a{1,", "{", "{1}",
		"a{01}", "a{1,1000}", "a{1001,}", "a{-1}", "[[:word:]]", "[[:alpha:]-z]", "[a-[:digit:]]",
		"[[=a=]]", "[[.a.]]", `\pZ+`, `\p{Zs}`, `\p{Greek`, `\p`, `\P`, `[\pL]`, `[\p{Foo}]`,
		`\Qab`, `\Qa\E*`, `\Qab\E*`, `x\`, `[x\`, `[\`, "(?#x)", "(?i)(?:a|)", `\v`, `[\v\a]`,
		`\x{}`, `\x{41`, `\x`, `\x4`, "a(?i)*", "(?P<n>", "(?i)a(?-i:b", "\\Q\\", "[\\Qa]",
		strings.Repeat("(", 1000) + strings.Repeat(")", 1000),
		strings.Repeat("(", 999) + strings.Repeat(")", 999),
		strings.Repeat("(?:", 1000) + strings.Repeat(")", 1000),
		strings.Repeat("(", 999) + "a*" + strings.Repeat(")", 999),
		strings.Repeat("(", 998) + "a*" + strings.Repeat(")", 998),
	}
	for _, p := range pats {
		re, err := regexp.Compile(p)
		q := p
		if len(q) > 40 {
			q = q[:40] + "..."
		}
		if err != nil {
			var se *syntax.Error
			if !errors.As(err, &se) {
				fmt.Println("not a *syntax.Error")
			}
			e := se.Expr
			if len(e) > 40 {
				e = e[:40] + "..."
			}
			fmt.Printf("%q: %s %q\n", q, se.Code, e)
		} else {
			fmt.Printf("%q: ok %d\n", q, re.NumSubexp())
		}
		if _, err := regexp.CompilePOSIX(p); err != nil {
			e := err.Error()
			if len(e) > 100 {
				e = e[:100]
			}
			fmt.Println("  posix:", e)
		}
	}
	for _, code := range []syntax.ErrorCode{syntax.ErrInternalError, syntax.ErrInvalidCharClass, syntax.ErrLarge, syntax.ErrNestingDepth} {
		fmt.Println(code.String())
	}
	fmt.Println((&syntax.Error{Code: syntax.ErrMissingParen, Expr: "(x"}).Error())
	defer func() { fmt.Println("panic:", recover()) }()
	regexp.MustCompile("a(`")
}

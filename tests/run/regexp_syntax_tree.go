// regexp/syntax: parse trees, String, Simplify, flags, compiled programs.
package main

import (
	"fmt"
	"regexp/syntax"
)

func main() {
	pats := []string{"abc|abd", "a|b|c", "[ab]|c", "a+?", "(?i)abc", "(?s).", ".", `\b\B`,
		"a{2,5}", "a{2,}", "(a)(?P<x>b)", "(?:ab)*", "x*y+z?", `\d\w\s`, "[^a]", "[[:alpha:]]",
		`\p{Greek}`, "(?i)k", "a{0}", "(?U)a*", `\Q.*\E`, "[a-c]|[x-z]|q", `\x{10FFFF}`,
		"a|a", "(?:)", "(|a)", "a*|b*", `\A\z`, "a{3}", "a{0,1}", "a{1,}", "(ab){2,3}?",
		"[[:^space:]]", `[\x00-\x{10FFFF}]`, "[^\\x00-\\x{10FFFF}]", `\.\+\*`, "[.]", `[\-\]]`,
		"(a*)+", "(a|b)*c", `a\tb\n`, "é", "[é-ë]", `\pN`, "x{2}y{3,}", "(?i)[k]", "(?m)^a$"}
	for _, p := range pats {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			fmt.Println(err)
			continue
		}
		s := re.Simplify()
		str := re.String()
		if len(str) > 80 {
			str = str[:80]
		}
		fmt.Printf("%q: %s | %s | %v %v maxcap=%d %q\n", p, str, s.String(), re.Op, re.Op.String(), re.MaxCap(), re.CapNames())
		re2, _ := syntax.Parse(p, syntax.Perl)
		fmt.Println("  equal:", re.Equal(re2), re.Equal(s) == (re.String() == s.String()))
		prog, err := syntax.Compile(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		pre, complete := prog.Prefix()
		fmt.Printf("  prog: numcap=%d start=%d prefix=%q %v cond=%d\n", prog.NumCap, prog.Start, pre, complete, prog.StartCond())
	}
	for _, p := range []string{"a(b)", "a*", "(?i)ab|c", "x*?y", "[a-c]\\b", "(?s).", ".", "^a$", "(a|b)+", "a?b??"} {
		re, _ := syntax.Parse(p, syntax.Perl)
		prog, _ := syntax.Compile(re.Simplify())
		fmt.Printf("%q\n%s", p, prog)
		for i := range prog.Inst {
			in := &prog.Inst[i]
			fmt.Printf("  %v %s %v %v\n", in.Op, in.String(), in.MatchRune('a'), in.MatchRunePos('A'))
		}
	}
	for _, op := range []syntax.Op{syntax.OpNoMatch, syntax.OpAlternate, syntax.OpCharClass, 0, 200} {
		fmt.Println(op)
	}
	for _, op := range []syntax.InstOp{syntax.InstAlt, syntax.InstRuneAnyNotNL, syntax.InstFail} {
		fmt.Println(op)
	}
	fmt.Println(syntax.Perl, syntax.POSIX, syntax.MatchNL, syntax.Simple, syntax.WasDollar)
	fmt.Println(syntax.EmptyOpContext(-1, 'a'), syntax.EmptyOpContext('a', '\n'), syntax.EmptyOpContext('a', 'b'), syntax.EmptyOpContext(' ', -1))
	fmt.Println(syntax.IsWordChar('_'), syntax.IsWordChar('é'), syntax.IsWordChar('Z'), syntax.IsWordChar('-'))
	in := syntax.Inst{Op: syntax.InstEmptyWidth, Arg: uint32(syntax.EmptyWordBoundary)}
	fmt.Println(in.MatchEmptyWidth('a', ' '), in.MatchEmptyWidth('a', 'b'))
	lit, _ := syntax.Parse("a.b*", syntax.Literal)
	fmt.Println(lit.Op, lit.String())
	fold, _ := syntax.Parse("Ab", syntax.Literal|syntax.FoldCase)
	fmt.Println(fold.Op, fold.String(), fold.Flags&syntax.FoldCase != 0)
	posix, _ := syntax.Parse("^a.$", syntax.POSIX)
	fmt.Println(posix.Op, len(posix.Sub), posix.Sub[0].Op, posix.Sub[2].Op, posix.Sub[3].Op)
	nl, _ := syntax.Parse("[^a].", syntax.MatchNL|syntax.PerlX)
	fmt.Println(nl.Sub[0].Rune, nl.Sub[1].Op)
}

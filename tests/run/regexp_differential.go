// Differential sweep: many patterns against many inputs, every search method.
package main

import (
	"fmt"
	"regexp"
)

var patterns = []string{
	``, `a`, `a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `ab|cd`, `a|b|c`, `(a|ab)(c|bcd)(d*)`,
	`(a+)(b+)?`, `(a*)+`, `(a*)*`, `(a|b)*`, `(a?)*?`, `(|a)*`, `(|a)+`, `(a|)+b`, `x*`,
	`^`, `$`, `^$`, `^a`, `a$`, `(?m)^a`, `(?m)a$`, `(?m)^$`, `\b`, `\B`, `\bab\b`, `\Ba`,
	`.`, `.*`, `.+`, `(?s).+`, `[a-c]+`, `[^a-c]+`, `[[:alpha:]]+`, `[[:^digit:]]+`, `\d+`,
	`\D+`, `\w+`, `\W+`, `\s+`, `\S+`, `(?i)ab`, `(?i)[a-c]+`, `(?i)k`, `(?U)a+`, `(?U)a+?`,
	`a{2}`, `a{2,}`, `a{2,3}`, `a{0,2}?`, `(ab){1,2}`, `(?:ab)+`, `(a)(b)(c)?`,
	`(?P<first>\w+)\s(?P<last>\w+)`, `\pL+`, `\p{Greek}+`, `\PL+`, `[\p{Lu}]+`, `é+`,
	`[α-ω]+`, `\x{1F600}`, `\Qa.b\E`, `a.c`, `(a)|b`, `(a)|(b)`, `((a)|b)+`, `(a*)(a*)`,
	`(a*?)(a*)`, `\A\z`, `\Aa`, `a\z`, `[\d\s]+`, `\141`, `\x61`, `[\x00-\x{10FFFF}]`,
	`(?i)σ`, `(?i)ǅ`, `.*?x`, `a.*b`, `a.*?b`, `(?:a|b)c`, `[^\n]+`, `(?s:.)`, `\$\d+`,
}

var inputs = []string{
	"", "a", "aa", "aaa", "b", "ab", "abc", "abcd", "abbcd", "cab", "ba", "baaab", "xaaax",
	"a\nb", "\na\n", "ab ab", "hello world", "Alan Turing", "AbCabc", "KKk", "12 ab  34",
	"αβγ ΑΒΓ", "éé", "日本語", "\xffa\xfe", "a.b", "axb axxb", "$100 $2", "😀x", "ΣσςΣ",
	"ǄǅǆȱǱ", "kK\u212a",
}

func main() {
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
			continue
		}
		fmt.Printf("== %q subexp=%d names=%q\n", p, re.NumSubexp(), re.SubexpNames())
		pre, complete := re.LiteralPrefix()
		fmt.Printf("prefix %q %v\n", pre, complete)
		for _, s := range inputs {
			fmt.Printf("  %q: %v %v %v\n", s, re.MatchString(s), re.FindStringSubmatchIndex(s), re.FindAllStringSubmatchIndex(s, -1))
			fmt.Printf("    %q %q %q\n", re.ReplaceAllString(s, "<$1>"), re.Split(s, -1), re.FindAllString(s, 2))
		}
		if rp, err := regexp.CompilePOSIX(p); err == nil {
			for _, s := range inputs {
				fmt.Printf("  posix %q: %v %v\n", s, rp.FindStringSubmatchIndex(s), rp.FindAllStringIndex(s, -1))
			}
		} else {
			fmt.Println("  posix:", err)
		}
	}
}

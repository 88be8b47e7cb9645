// regexp/syntax String: where (?flags:...) groups go, literal merging across case.
package main

import (
	"fmt"
	"regexp/syntax"
)

func main() {
	for _, p := range []string{"^$", "(?m)^a$", "^a$", "a(?i:b)", "(?i)ab(?-i)c", "(?i)a.b", "(?s)a.b", ".a(?s).", "(?i)k(?s).", "^", "(?m)^", "(?m)$", "x^y", "(?i)[a-z]", "(?i)a|b", "a|(?i)b", "(a$)", "(?m)(a$)", "(?i)(a)", "(?i)a*", "(?i)(?:ab)*", "(?m:^a)|b$", "\\Aa$", ".*", "(?s).*", "(?i)1", "(?i)a1", "1(?i)a", "(?U)a*", "a\\z", "(?i)ǅ", "(?i:a)(?i:b)", "(?i)a(?-i)b|c", "(?s:.)(?-s:.)", "(?m)^(?-m)$", "(?i)(?:a|b)c", "((?i)a)b", "(?i)ab|ac", "x(?i:ab|cd)*", "(?m)^a|(?s).", "(?i)\\pL|é", "a{2}(?i)b{3,}", "(?U)(?i)a+b*?", "(?i)Σ", "(?i)[k]x", "(?ms)^.$", "(?P<n>(?i)x)y", "(?i)1a|1b", "(|a)", "(?:)", "()"} {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			fmt.Println(err)
			continue
		}
		s := re.String()
		if len(s) > 100 {
			s = s[:100]
		}
		fmt.Printf("%-16q %s\n", p, s)
	}
}

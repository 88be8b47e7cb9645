// Long inputs (the matcher's NFA simulation rather than the small-input backtracker):
// leftmost-first and leftmost-longest submatches, empty matches, anchors, Unicode.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	piece := "Alan Turing 1912, a=1 bb=22 c= x\n\tαβγ 日本 $100 aaab abbcd ...\n"
	text := strings.Repeat(piece, 400)
	pats := []string{`(\w+)\s(\w+)`, `(?P<k>\w+)=(?P<v>\d*)`, `(a|ab)(c|bcd)(d*)`, `(?m)^\t?(\S+)`,
		`(?m)(\S+)$`, `\b\d+\b`, `[α-ω]+|[日本]+`, `(a*)(b*)`, `x*`, `\$(\d+)`, `(?i)TURING`,
		`(a+?)(b?)`, `.{3}\n`, `(?s)x.{4}`, `(\pL+) (\pN+)`, `(?U)(a+)(b*)`}
	for _, p := range pats {
		for _, mode := range []string{"perl", "posix"} {
			var re *regexp.Regexp
			var err error
			if mode == "perl" {
				re, err = regexp.Compile(p)
			} else {
				re, err = regexp.CompilePOSIX(p)
			}
			if err != nil {
				fmt.Println(p, mode, err)
				continue
			}
			all := re.FindAllStringSubmatchIndex(text, -1)
			sum := 0
			for _, m := range all {
				for _, x := range m {
					sum += x
				}
			}
			fmt.Printf("%s %q: %d matches, sum %d", mode, p, len(all), sum)
			if len(all) > 0 {
				fmt.Printf(", first %v, last %v", all[0], all[len(all)-1])
			}
			fmt.Printf(", replaced len %d, split %d\n", len(re.ReplaceAllString(text, "<$1>")), len(re.Split(text, -1)))
		}
	}
}

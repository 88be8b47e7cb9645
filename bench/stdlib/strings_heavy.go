// strings_heavy: text processing with package strings and strconv: Split, Fields, Index,
// Contains, Replace, ToUpper, TrimSpace, Builder, Repeat, Join, Atoi/Itoa, HasPrefix,
// EqualFold, over a generated corpus of about 2 MB.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

var words = []string{"alpha", "Beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"}

func main() {
	var b strings.Builder
	seed := uint32(7)
	for i := 0; i < 200000; i++ {
		seed = seed*1103515245 + 12345
		b.WriteString(words[(seed>>16)%12])
		if seed%7 == 0 {
			b.WriteString(" ")
			b.WriteString(strconv.Itoa(int(seed % 10000)))
		}
		if i%13 == 12 {
			b.WriteString("  \n")
		} else {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	lines := strings.Split(text, "\n")
	nfields, nums, sum, upper, found, pre, fold := 0, 0, 0, 0, 0, 0, 0
	for _, ln := range lines {
		ln = strings.TrimSpace(ln)
		fs := strings.Fields(ln)
		nfields += len(fs)
		for _, f := range fs {
			if n, err := strconv.Atoi(f); err == nil {
				nums++
				sum += n
			}
			if strings.HasPrefix(f, "ka") {
				pre++
			}
			if strings.EqualFold(f, "BETA") {
				fold++
			}
		}
		if strings.Contains(ln, "lambda mu") {
			found++
		}
		if i := strings.Index(ln, "theta"); i >= 0 {
			found += i & 1
		}
		u := strings.ToUpper(ln)
		upper += strings.Count(u, "A")
	}
	r := strings.ReplaceAll(text, "eta", "ETA")
	r2 := strings.NewReplacer("alpha", "1", "gamma", "3").Replace(text)
	j := strings.Join(lines[:100], "|")
	fmt.Println(len(lines), nfields, nums, sum, upper, found, pre, fold)
	fmt.Println(len(r), strings.Count(r, "ETA"), len(r2), len(j), strings.LastIndex(text, "alpha"), len(strings.Repeat("ab", 1000)))
}

// gopl-style dup2/wordfreq/charcount over in-memory input.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `the cat sat on the mat
the dog sat on the log
Ünïcödé línes ☺ here
the cat sat on the mat
`

func countLines(r io.Reader, counts map[string]int) {
	input := bufio.NewScanner(r)
	for input.Scan() {
		counts[input.Text()]++
	}
}

func main() {
	counts := make(map[string]int)
	countLines(strings.NewReader(text), counts)
	var lines []string
	for line, n := range counts {
		if n > 1 {
			lines = append(lines, fmt.Sprintf("%d\t%s", n, line))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	freq := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		freq[strings.ToLower(sc.Text())]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:5] {
		fmt.Printf("%-6s %d\n", k, freq[k])
	}
	runes := make(map[rune]int)
	var utflen [utf8.UTFMax + 1]int
	invalid := 0
	in := bufio.NewReader(strings.NewReader(text + "\xff"))
	cats := map[string]int{}
	for {
		r, n, err := in.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "charcount: %v\n", err)
			os.Exit(1)
		}
		if r == unicode.ReplacementChar && n == 1 {
			invalid++
			continue
		}
		runes[r]++
		utflen[n]++
		switch {
		case unicode.IsLetter(r):
			cats["letter"]++
		case unicode.IsSpace(r):
			cats["space"]++
		case unicode.IsSymbol(r):
			cats["symbol"]++
		}
	}
	fmt.Printf("rune\tcount\n")
	rs := make([]rune, 0)
	for c := range runes {
		rs = append(rs, c)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	for _, c := range rs[len(rs)-6:] {
		fmt.Printf("%q\t%d\n", c, runes[c])
	}
	fmt.Print("\nlen\tcount\n")
	for i, n := range utflen {
		if i > 0 {
			fmt.Printf("%d\t%d\n", i, n)
		}
	}
	fmt.Println(invalid, cats)
}

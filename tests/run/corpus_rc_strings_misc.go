// Rosetta: string case, reverse, palindromes, Caesar/Vigenère, run-length encoding, word wrap,
// tokenize, letter frequency, number names, scanning input with fmt.Sscan and text/scanner.
package main

import (
	"bytes"
	"fmt"
	"math/bits"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"text/scanner"
	"unicode"
)

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func vigenere(msg, key string, dec bool) string {
	var b strings.Builder
	j := 0
	for _, r := range strings.ToUpper(msg) {
		if r < 'A' || r > 'Z' {
			continue
		}
		k := rune(key[j%len(key)] - 'A')
		if dec {
			k = 26 - k
		}
		b.WriteRune('A' + (r-'A'+k)%26)
		j++
	}
	return b.String()
}

func rle(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

func wrap(text string, width int) []string {
	var lines []string
	words := strings.Fields(text)
	line := words[0]
	for _, w := range words[1:] {
		if len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = w
		} else {
			line += " " + w
		}
	}
	return append(lines, line)
}

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var illions = []string{"", " thousand", " million", " billion", " trillion", " quadrillion", " quintillion"}

func say(n int64) string {
	if n < 0 {
		return "minus " + say(-n)
	}
	if n < 20 {
		return small[n]
	}
	var parts []string
	for i := 0; n > 0; i++ {
		p := n % 1000
		n /= 1000
		if p == 0 {
			continue
		}
		var s string
		if p >= 100 {
			s = small[p/100] + " hundred"
			p %= 100
			if p > 0 {
				s += " and "
			}
		}
		if p >= 20 {
			s += tens[p/10]
			if p%10 > 0 {
				s += "-" + small[p%10]
			}
		} else if p > 0 {
			s += small[p]
		}
		parts = append([]string{s + illions[i]}, parts...)
	}
	return strings.Join(parts, ", ")
}

func main() {
	s := "alphaBETA Ünïcode ǆ"
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title("hello wide world"))
	r := []rune("asdf€ghjkl")
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(string(r))
	for _, p := range []string{"A man, a plan, a canal: Panama", "not one", "été"} {
		var cl []rune
		for _, c := range strings.ToLower(p) {
			if unicode.IsLetter(c) {
				cl = append(cl, c)
			}
		}
		ok := true
		for i := range cl {
			if cl[i] != cl[len(cl)-1-i] {
				ok = false
			}
		}
		fmt.Println(p, ok)
	}
	enc := caesar("The quick brown fox Jumped over the lazy Dog", 11)
	fmt.Println(enc, caesar(enc, -11))
	v := vigenere("Beware the Jabberwock, my son! The jaws that bite, the claws that catch!", "VIGENERECIPHER", false)
	fmt.Println(v, vigenere(v, "VIGENERECIPHER", true))
	fmt.Println(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))
	for _, l := range wrap("In olden times when wishing still helped one, there lived a king whose daughters were all beautiful, but the youngest was so beautiful that the sun itself was astonished.", 40) {
		fmt.Printf("|%-40s|\n", l)
	}
	fmt.Println(strings.Join(strings.Split("Hello,How,Are,You,Today", ","), "."), strings.FieldsFunc("a1b22c333", unicode.IsDigit), strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b", ","))
	freq := map[rune]int{}
	for _, c := range "the quick brown fox jumps over the lazy dog" {
		if c != ' ' {
			freq[c]++
		}
	}
	type kv struct {
		r rune
		n int
	}
	var kvs []kv
	for k, n := range freq {
		kvs = append(kvs, kv{k, n})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].n > kvs[j].n || kvs[i].n == kvs[j].n && kvs[i].r < kvs[j].r })
	fmt.Println(kvs[:6])
	for _, n := range []int64{0, 7, 13, 42, 100, 101, 999, 1000, 123456789, -45, 9223372036854775807} {
		fmt.Println(n, say(n))
	}
	var a, b int
	var w string
	n, err := fmt.Sscan("12 34 word", &a, &b, &w)
	fmt.Println(n, err, a+b, w)
	var f float64
	var name string
	n, err = fmt.Sscanf("pi=3.14159 name:gopher", "pi=%f name:%s", &f, &name)
	fmt.Println(n, err, f, name)
	_, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println(err)
	var sc scanner.Scanner
	sc.Init(strings.NewReader("x := 3.5 + foo(\"bar\") // comment\n'c' >= 10"))
	sc.Filename = "ex"
	for tok := sc.Scan(); tok != scanner.EOF; tok = sc.Scan() {
		fmt.Printf("%s:%s:%q ", sc.Position, scanner.TokenString(tok), sc.TokenText())
	}
	fmt.Println()
	rp := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Println(rp.Replace("a <b> & c"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "xyzn"), strings.Repeat("ab", 3))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.Trim(" \t hi \n", " \t\n"), strings.ContainsRune("abc", 'b'))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Fields([]byte(" a b ")), bytes.Title([]byte("abc def")), bytes.ContainsAny([]byte("xyz"), "z"))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Reverse8(1), bits.RotateLeft32(1, -1), bits.Len(1023))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	rng := rand.New(rand.NewSource(42))
	fmt.Println(rng.Intn(100), rng.Intn(100), rng.Float64(), rng.Perm(8), rng.Int63(), rng.NormFloat64())
	words := []string{"a", "b", "c", "d", "e"}
	rng.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words, strconv.FormatFloat(0.1, 'b', -1, 64), strconv.FormatFloat(0.1, 'x', -1, 64), strconv.FormatFloat(1e21, 'f', -1, 64))
}

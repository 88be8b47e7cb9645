// Every method of regexp.Regexp, on byte slices, strings and readers.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

type config struct {
	Re *regexp.Regexp
}

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\d*)`)
	src := "a=1, bb=22, c=, dd=x, e=5"
	b := []byte(src)
	fmt.Println(re.String(), re.NumSubexp(), re.SubexpNames(), re.SubexpIndex("val"), re.SubexpIndex("nope"), re.SubexpIndex(""))
	fmt.Println(re.Match(b), re.MatchString("zz"), re.MatchReader(strings.NewReader("q=9")))
	fmt.Printf("%q %v %q %v\n", re.Find(b), re.FindIndex(b), re.FindString(src), re.FindStringIndex(src))
	fmt.Printf("%q %v\n", re.FindSubmatch(b), re.FindSubmatchIndex(b))
	fmt.Printf("%q %v\n", re.FindStringSubmatch(src), re.FindStringSubmatchIndex(src))
	fmt.Println(re.FindReaderIndex(strings.NewReader(src)), re.FindReaderSubmatchIndex(strings.NewReader(src)))
	fmt.Printf("%q\n", re.FindAll(b, -1))
	fmt.Printf("%q\n", re.FindAll(b, 2))
	fmt.Println(re.FindAllIndex(b, -1), re.FindAllIndex(b, 0) == nil)
	fmt.Printf("%q\n", re.FindAllString(src, 3))
	fmt.Println(re.FindAllStringIndex(src, -1))
	fmt.Printf("%q\n", re.FindAllSubmatch(b, -1))
	fmt.Println(re.FindAllSubmatchIndex(b, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(src, -1))
	fmt.Println(re.FindAllStringSubmatchIndex(src, 2))
	fmt.Println(re.FindAllString("nothing here", -1) == nil, re.FindStringSubmatch("none") == nil, re.Find([]byte("none")) == nil)

	// Replacement and expansion.
	fmt.Println(re.ReplaceAllString(src, "$val<-$key"))
	fmt.Println(re.ReplaceAllString(src, "${key}_x $keyx $$ $ ${} ${1}${2} $2$1 $9 ${val"))
	fmt.Println(re.ReplaceAllLiteralString(src, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(src, strings.ToUpper))
	fmt.Printf("%s\n", re.ReplaceAll(b, []byte("[$2]")))
	fmt.Printf("%s\n", re.ReplaceAllLiteral(b, []byte("[$2]")))
	fmt.Printf("%s\n", re.ReplaceAllFunc(b, bytes.ToUpper))
	fmt.Printf("%q\n", regexp.MustCompile(`x`).ReplaceAll([]byte(""), []byte("y")))
	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex(src, -1) {
		dst = re.ExpandString(dst, "$key:$val;", src, m)
	}
	fmt.Println(string(dst))
	dst = re.Expand(nil, []byte("<${2}|$1>"), b, re.FindSubmatchIndex(b))
	fmt.Println(string(dst))
	dup := regexp.MustCompile(`(?P<x>a)|(?P<x>b)`)
	fmt.Println(dup.ReplaceAllString("ab", "[$x]"), dup.SubexpIndex("x"), dup.SubexpNames())

	// Split.
	for _, c := range []struct {
		re, s string
		n     int
	}{{"a*", "abaabaccadaaae", 5}, {"", "abc", -1}, {"a", "banana", -1}, {"a", "banana", 2},
		{",", "a,b,,c,", -1}, {",", "", -1}, {"", "", -1}, {"x*", "axbxc", -1}, {"z", "abc", 0},
		{"^", "abc", -1}, {"$", "abc", -1}, {`\s+`, "  a b  c ", -1}, {"b", "abc", 1}} {
		fmt.Printf("Split(%q, %q, %d) = %q\n", c.re, c.s, c.n, regexp.MustCompile(c.re).Split(c.s, c.n))
	}

	// Empty matches with FindAll and ReplaceAll.
	for _, p := range []string{"", "x*", "a|", "|a", `\b`, "(?m)^", "(?m)$", "a*?", "é*"} {
		r := regexp.MustCompile(p)
		for _, s := range []string{"", "abc", "aaxa", "éaé"} {
			fmt.Printf("%q %q: %v %q\n", p, s, r.FindAllStringIndex(s, -1), r.ReplaceAllString(s, "-"))
		}
	}

	// Literal prefixes, Longest, POSIX, Copy, QuoteMeta.
	for _, p := range []string{"abc", "abc+", "abc|abd", "(?i)abc", "a(b)c", "^abc", "", `\.x`, "ab*"} {
		pre, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("LiteralPrefix(%q) = %q %v\n", p, pre, complete)
	}
	l := regexp.MustCompile(`a+?|a+b`)
	fmt.Println(l.FindString("aaab"))
	l2 := l.Copy()
	l.Longest()
	fmt.Println(l.FindString("aaab"), l2.FindString("aaab"))
	p := regexp.MustCompilePOSIX(`(a|ab)(c|bcd)(d*)`)
	fmt.Println(p.FindStringSubmatch("abcd"), regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"))
	fmt.Println(regexp.QuoteMeta(`1.5-2.0? [x] {y} (z) ^$ | \ * +`))
	q := regexp.MustCompile(regexp.QuoteMeta("a.b*c"))
	fmt.Println(q.MatchString("a.b*c"), q.MatchString("axbbc"))

	// Package-level helpers.
	fmt.Println(regexp.MatchString(`^\d+$`, "12345"))
	fmt.Println(regexp.Match(`^\d+$`, []byte("12a45")))
	fmt.Println(regexp.MatchReader(`b+`, strings.NewReader("abbbc")))
	fmt.Println(regexp.MatchString(`(`, "x"))

	// Text marshalling.
	t, err := re.MarshalText()
	fmt.Println(string(t), err)
	var u regexp.Regexp
	fmt.Println(u.UnmarshalText([]byte(`x(y+)`)), u.String(), u.FindStringSubmatch("axyyz"))
	fmt.Println(u.UnmarshalText([]byte(`x(`)))
	var cfg config
	fmt.Println(json.Unmarshal([]byte(`{"Re":"h(e+)llo"}`), &cfg), cfg.Re.FindStringSubmatch("heeello"))
	out, err := json.Marshal(cfg)
	fmt.Println(string(out), err)
	fmt.Println(regexp.MustCompilePOSIX(`a+`).String())
}

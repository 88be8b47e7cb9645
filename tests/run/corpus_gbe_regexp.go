package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)
	r, _ := regexp.Compile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))
	r = regexp.MustCompile("p([a-z]+)ch")
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	in := []byte("a peach")
	out := r.ReplaceAllFunc(in, bytes.ToUpper)
	fmt.Println(string(out))
	re := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	fmt.Println(re.SubexpNames(), re.NumSubexp(), re.SubexpIndex("month"))
	fmt.Println(re.ReplaceAllString("2020-01 and 2021-12", "${month}/${year}"))
	fmt.Println(re.ReplaceAllLiteralString("2020-01", "$1"))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	_, err = regexp.Compile(`*a`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1.5+2=[x]"))
	w := regexp.MustCompile(`(?i)hello\b`)
	fmt.Println(w.FindAllStringIndex("Hello hello HELLOx", -1))
	fmt.Println(regexp.MustCompile(`^(\w+)@(\w+)\.com$`).FindStringSubmatch("bob@example.com"))
	u := regexp.MustCompile(`[\p{Greek}]+`)
	fmt.Println(u.FindAllString("abc αβγ def δ", -1))
	fmt.Println(strings.Join(regexp.MustCompile(`a*`).FindAllString("baaab", -1), "|"))
	fmt.Println(regexp.MustCompile(`a|ab`).FindString("ab"), regexp.MustCompilePOSIX(`a|ab`).FindString("ab"))
	fmt.Println(regexp.MustCompile(`(a+)(b)?`).ReplaceAllString("aaa ab", "[$1|$2]"))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
	fmt.Println(r.String())
	fmt.Println(r.LiteralPrefix())
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`(`)
}

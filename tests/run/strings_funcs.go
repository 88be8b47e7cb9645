package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Contains(s, "World"), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'G'))
	fmt.Println(strings.Count(s, "Hello"), strings.Count("five", ""))
	fmt.Println(strings.Index(s, "Go"), strings.LastIndex(s, "Hello"), strings.Index(s, "zz"), strings.IndexByte(s, 'W'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.HasPrefix(s, "Hello"), strings.HasSuffix(s, "Go!"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  "))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HELLO"), strings.Title("x"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"), strings.TrimRight("abc...", "."))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	fmt.Println(strings.Fields(" a  b ")[1], len(strings.Fields("")))
	fmt.Println(strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexFunc("abc1", func(r rune) bool { return r == '1' }))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.ContainsFunc("abc", func(r rune) bool { return r == 'c' }))
	p, ok := strings.CutPrefix("v1.2", "v")
	fmt.Println(p, ok)
	q, ok := strings.CutSuffix("name.txt", ".txt")
	fmt.Println(q, ok)
	fmt.Println(strings.ToTitle("abc"), strings.Index("日本語", "語"))
}

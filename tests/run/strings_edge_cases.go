package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", -1))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 1))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.Index("abc", ""), strings.LastIndex("abc", ""), strings.Index("", "a"))
	fmt.Println(strings.Count("", ""), strings.Count("abc", "abcd"))
	fmt.Printf("%q\n", strings.Fields("\u00a0a\u2003b\tc\u3000"))
	fmt.Printf("%q %q\n", strings.TrimLeft("xxyyx", "xy"), strings.TrimPrefix("xxyyx", "xy"))
	fmt.Printf("%q\n", strings.Trim("  \t\n ", " \t\n"))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("a", ""), strings.Contains("", ""))
	fmt.Println(strings.Repeat("", 5) == "", strings.Join(nil, ",") == "")
	fmt.Println(strings.Title("hello wide world"), strings.ToUpper("ǆ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "\u212a"))
	fmt.Println(strings.IndexByte("abc", 0), strings.IndexAny("", "a"), strings.LastIndexAny("abcabc", "ba"))
	fmt.Println(strings.ContainsRune("abc", -1), strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("a\uFFFDb", 0xFFFD))
	fmt.Printf("%q\n", strings.Split("a\xffb", "\xff"))
	fmt.Println(strings.Compare("", ""), strings.Compare("a", ""), strings.Compare("", "a"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	r := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(r.Replace("aaab"))
	r2 := strings.NewReplacer("", "X")
	fmt.Println(r2.Replace("ab"))
	fmt.Println(strings.LastIndexByte("", 'a'), strings.TrimRight("abc", ""), strings.TrimSpace("\u0085 x \u00a0"))
	s := strings.Clone("clone")
	fmt.Println(s, strings.Count("aaaa", "aa"))
}

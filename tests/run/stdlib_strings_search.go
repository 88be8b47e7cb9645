// strings: searching, splitting, case mapping, trimming and folding on ASCII, multi-byte
// and invalid UTF-8 input, compared with Go (the byte searches are natives in minigo).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

var inputs = []string{"", "a", "aaa", "abcabc", "chicken", "  lead and trail  ", "a,b,,c,", "ÀÉÎõü", "日本語日本", "\xff\xfe bad \xff",
	"MiXeD CaSe", "ß straße", "ǅǆǄ", "tab\tsep\nnl\v\f\r", "\u00a0nbsp\u2028", "K\u212ak", "héllo wörld", "x\xe6\x97y", "go gopher", "\u0130I\u0131i"}
var seps = []string{"", "a", "ab", "abc", ",", " ", "日本", "\xff", "é", "ken", "go", "zz"}

func main() {
	for _, s := range inputs {
		fmt.Printf("%q:\n", s)
		for _, sep := range seps {
			fmt.Printf("  %q idx=%d last=%d count=%d contains=%v\n", sep, strings.Index(s, sep), strings.LastIndex(s, sep), strings.Count(s, sep), strings.Contains(s, sep))
			fmt.Printf("    split=%q after=%q n2=%q n0=%v\n", strings.Split(s, sep), strings.SplitAfter(s, sep), strings.SplitN(s, sep, 2), strings.SplitN(s, sep, 0) == nil)
			fmt.Printf("    repl=%q repl1=%q cut=%q\n", strings.ReplaceAll(s, sep, "<>"), strings.Replace(s, sep, "_", 1), fmt.Sprint(strings.Cut(s, sep)))
			if sep != "" {
				fmt.Printf("    byte=%d lastbyte=%d any=%d lastany=%d trim=%q\n", strings.IndexByte(s, sep[0]), strings.LastIndexByte(s, sep[0]), strings.IndexAny(s, sep), strings.LastIndexAny(s, sep), strings.Trim(s, sep))
			}
		}
		for _, r := range []rune{'a', 'é', '日', unicode.ReplacementChar, -1, 0x110000, 0xD800} {
			fmt.Printf("  rune %d: %d\n", r, strings.IndexRune(s, r))
		}
		fmt.Printf("  fields=%#v\n", strings.Fields(s))
		fmt.Printf("  upper=%q lower=%q title=%q totitle=%q\n", strings.ToUpper(s), strings.ToLower(s), strings.Title(s), strings.ToTitle(s))
		fmt.Printf("  space=%q valid=%q left=%q right=%q\n", strings.TrimSpace(s), strings.ToValidUTF8(s, "?"), strings.TrimLeft(s, "a \xff"), strings.TrimRight(s, "c,\u00a0\u2028"))
		fmt.Printf("  fold=%v %v map=%q\n", strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, "k\u212aK"), strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r
		}, s))
	}
	fmt.Println(strings.Repeat("ab", 5), strings.Repeat("", 100), strings.Join(nil, ","), strings.Join([]string{"a"}, ","), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""))
	for _, f := range []func(){func() { strings.Repeat("x", -1) }, func() { strings.Repeat("xx", 1<<62) }, func() { strings.NewReplacer("a") },
		func() {
			var b strings.Builder
			b.WriteByte('x')
			c := b
			c.WriteByte('y')
		}, func() {
			var b strings.Builder
			b.Grow(-1)
		}} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	var b strings.Builder
	c := b // copying an unused Builder is allowed
	c.WriteString("ok")
	b.WriteString("fine")
	b.Grow(100)
	fmt.Println(c.String(), b.String(), b.Len(), b.Cap() >= 104)
	for _, pairs := range [][]string{{"a", "1", "ab", "2"}, {"ab", "2", "a", "1"}, {"", "X"}, {"", "X", "a", "A"}, {"a", "A", "", "X"}, {"x", "y", "x", "z"}, {"é", "E", "", "-"}, {"<", "&lt;", ">", "&gt;"}} {
		r := strings.NewReplacer(pairs...)
		for _, s := range []string{"", "ab", "aab", "bab", "x\xffé日b", "<a>"} {
			fmt.Printf("%q %q -> %q\n", pairs, s, r.Replace(s))
		}
	}
}

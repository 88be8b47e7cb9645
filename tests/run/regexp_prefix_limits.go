// regexp: LiteralPrefix of anchored patterns, reader offsets over invalid UTF-8,
// DeepEqual of two compilations after use, "expression too large".
package main

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

func main() {
	for _, p := range []string{`^abc`, `^abc$`, `^abc\z`, `(?m)^abc`, `^abc|x`, `\Aabc$`, `^(abc)`, `^a(b)c$`,
		`^0^0$`, `^0$`, `^`, `^$`, `^(?i)abc`, `^ab*`, `abc$`, `^abc$x`, `^ab\b`, `abc`, `a(b)c`} {
		pre, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("LiteralPrefix(%q) = %q %v\n", p, pre, complete)
	}
	for _, c := range []struct{ pat, text string }{{"\ufffd", "\xff"}, {`.*`, "hello\xffworld"}, {`\x{fffd}`, "\xc2\x00"}, {`o.w`, "hello\xffworld"}} {
		re := regexp.MustCompile(c.pat)
		fmt.Println(re.FindReaderIndex(strings.NewReader(c.text)), re.FindStringIndex(c.text), re.FindReaderSubmatchIndex(strings.NewReader(c.text)))
	}
	re1 := regexp.MustCompile("a.*b.*c.*d")
	re2 := regexp.MustCompile("a.*b.*c.*d")
	fmt.Println(reflect.DeepEqual(re1, re2))
	re1.MatchString("abcdefghijklmn")
	re2.FindAllString(strings.Repeat("abcd", 500), -1)
	fmt.Println(reflect.DeepEqual(re1, re2), reflect.DeepEqual(re1, regexp.MustCompile("a.*b.*c")))
	for _, p := range []string{strings.Repeat(`\pL`, 27000), strings.Repeat(`\pL{1000}`, 26), strings.Repeat(`a{1000}`, 4000), strings.Repeat(`[a-z]{1000}`, 2000)} {
		_, err := regexp.Compile(p)
		msg := fmt.Sprint(err)
		if len(msg) > 60 {
			msg = msg[:60]
		}
		fmt.Println(len(p), msg)
	}
}

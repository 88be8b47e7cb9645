package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Printf("%d:%c(%d,%U) ", i, r, r, r)
	}
	fmt.Println()
	bad := "a\xffb\xc3\x28c\xe2\x82"
	for i, r := range bad {
		fmt.Printf("%d:%d ", i, r)
	}
	fmt.Println()
	fmt.Println(utf8.RuneCountInString(s), utf8.RuneCountInString(bad), len(bad))
	fmt.Println(utf8.ValidString(s), utf8.ValidString(bad))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeLastRuneInString("ab世")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	k := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:k], k)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1))
	fmt.Println(utf8.AppendRune(nil, 'ü'))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.ValidRune(0xD800), utf8.RuneStart(0x80))
	// string(rune) of invalid
	fmt.Printf("%q %q %q\n", string(rune(-1)), string(rune(0x10FFFF+1)), string(rune(0xD800)))
}

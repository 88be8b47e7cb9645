package main

import (
	"fmt"
	"reflect"
	"unicode/utf16"

	mg "mg/unicode/utf16"
)

func main() {
	bad := 0
	rs := []rune{-1, 0, 'a', 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 1 << 30}
	for _, r := range rs {
		a1, a2 := mg.EncodeRune(r)
		b1, b2 := utf16.EncodeRune(r)
		if a1 != b1 || a2 != b2 || mg.RuneLen(r) != utf16.RuneLen(r) || mg.IsSurrogate(r) != utf16.IsSurrogate(r) ||
			!reflect.DeepEqual(mg.AppendRune(nil, r), utf16.AppendRune(nil, r)) {
			bad++
			fmt.Println("rune", r)
		}
		for _, r2 := range rs {
			if mg.DecodeRune(r, r2) != utf16.DecodeRune(r, r2) {
				bad++
			}
		}
	}
	if !reflect.DeepEqual(mg.Encode(rs), utf16.Encode(rs)) {
		bad++
	}
	us := []uint16{0, 'a', 0xD800, 0xDC00, 0xD800, 0xD800, 0xDC01, 0xDFFF, 0xDBFF, 0xDFFF, 0xFFFF, 0xDC00, 0xD900}
	for i := 0; i <= len(us); i++ {
		for j := i; j <= len(us); j++ {
			if !reflect.DeepEqual(mg.Decode(us[i:j]), utf16.Decode(us[i:j])) {
				bad++
				fmt.Println("decode", us[i:j])
			}
		}
	}
	fmt.Printf("PASS %d/%d\n", 1-min(bad, 1), 1)
}

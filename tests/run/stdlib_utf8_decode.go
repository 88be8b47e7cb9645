// unicode/utf8: decoding forwards and backwards, counting, validity and FullRune over
// every two-byte input and a sample of longer ones (one checksum per lead byte), plus
// encoding at the range boundaries. minigo decodes natively.
package main

import (
	"fmt"
	"unicode/utf8"
)

func mix(h uint64, v int) uint64 { return (h ^ uint64(v)) * 1099511628211 }

func digest(b []byte) uint64 {
	h := uint64(14695981039346656037)
	s := string(b)
	r, n := utf8.DecodeRune(b)
	h = mix(mix(h, int(r)), n)
	r, n = utf8.DecodeRuneInString(s)
	h = mix(mix(h, int(r)), n)
	r, n = utf8.DecodeLastRune(b)
	h = mix(mix(h, int(r)), n)
	r, n = utf8.DecodeLastRuneInString(s)
	h = mix(mix(h, int(r)), n)
	h = mix(h, utf8.RuneCount(b))
	h = mix(h, utf8.RuneCountInString(s))
	for _, ok := range []bool{utf8.Valid(b), utf8.ValidString(s), utf8.FullRune(b), utf8.FullRuneInString(s)} {
		if ok {
			h = mix(h, 1)
		} else {
			h = mix(h, 2)
		}
	}
	for i, c := range s {
		h = mix(mix(h, i), int(c))
	}
	return h
}

func main() {
	conts := []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xff}
	for b0 := 0; b0 < 256; b0++ {
		h := uint64(0)
		h = mix(h, int(digest([]byte{byte(b0)})%1000003))
		for b1 := 0; b1 < 256; b1++ {
			h = mix(h, int(digest([]byte{byte(b0), byte(b1)})%1000003))
			if b0 >= 0xc0 {
				for _, b2 := range conts {
					h = mix(h, int(digest([]byte{byte(b0), byte(b1), b2})%1000003))
					h = mix(h, int(digest([]byte{byte(b1), byte(b0), b2, 0x80})%1000003))
					if b0 >= 0xf0 {
						for _, b3 := range []byte{0x41, 0x80, 0xbf, 0xc2} {
							h = mix(h, int(digest([]byte{'x', byte(b0), byte(b1), b2, b3})%1000003))
						}
					}
				}
			}
		}
		fmt.Printf("%02x %016x\n", b0, h)
	}
	for _, r := range []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, 1 << 31 - 1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart(0xc3), utf8.RuneCountInString("héllo, 世界"), utf8.ValidString("a\xc3"))
}

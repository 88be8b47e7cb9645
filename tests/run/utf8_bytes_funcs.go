package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

func main() {
	b := []byte("héllo, 世界")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c:%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	fmt.Println(utf8.Valid([]byte("ok")), utf8.Valid([]byte{0xff}), utf8.RuneCount([]byte("日本")))
	r, size := utf8.DecodeLastRune([]byte("ab€"))
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRune(nil)
	fmt.Println(r, size)
	r, size = utf8.DecodeRune([]byte{0xe2, 0x82})
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	fmt.Println(utf8.FullRuneInString("\xe2\x82"), utf8.FullRuneInString("€"))
	fmt.Println(bytes.Runes([]byte("añb")), string(bytes.ToUpper([]byte("ñ"))))
	fmt.Println(bytes.IndexRune([]byte("chicken"), 'k'), bytes.ContainsRune([]byte("abc"), 'b'), bytes.ContainsAny([]byte("abc"), "xyzc"))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a b c d"), []byte(" "), 3))
	fmt.Printf("%q %q\n", bytes.TrimLeft([]byte("xxabc"), "x"), bytes.TrimSuffix([]byte("a.go"), []byte(".go")))
	fmt.Println(bytes.LastIndex([]byte("go gopher"), []byte("go")), bytes.Equal(nil, []byte{}))
	var buf bytes.Buffer
	buf.Grow(10)
	buf.WriteString("abcdef")
	fmt.Printf("%q %q\n", buf.Next(2), buf.Bytes())
	c, _ := buf.ReadByte()
	buf.UnreadByte()
	c2, _ := buf.ReadByte()
	fmt.Println(string(c), string(c2))
	rr, n, _ := buf.ReadRune()
	fmt.Println(string(rr), n, buf.Len(), buf.Cap() >= 6)
	fmt.Println(bytes.NewReader([]byte("reader")).Len())
}

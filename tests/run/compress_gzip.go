package main

import (
	"bytes"
	"compress/gzip"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"time"
)

// Written by Go's compress/gzip: a member with every header field, then a second
// member named "second".
const gzipStream = "1f8b081cd2029649000306004142020068696e6f7465732de92e747874006d61646520627920476f00aacac94c5248cc4b5148afca2c50282f4a2c5048494dcb492c49b55618951b951b951b95a3440e100000ffff04e3721c600400001f8b08080000000000ff7365636f6e64002a4e4dcecf4b51c84dcd4d4a2de202040000ffff36184b0e0e000000"

func unhex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func show(h gzip.Header) {
	fmt.Printf("name=%q comment=%q extra=%q os=%d mtime=%d zero=%v\n", h.Name, h.Comment, h.Extra, h.OS, h.ModTime.Unix(), h.ModTime.IsZero())
}

func decode(b []byte) (string, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	out, err := io.ReadAll(r)
	return string(out), err
}

func main() {
	text := strings.Repeat("zlib and gzip wrap deflate; ", 40)
	stream := unhex(gzipStream)
	r, err := gzip.NewReader(bytes.NewReader(stream))
	fmt.Println(err)
	show(r.Header)
	out, err := io.ReadAll(r)
	fmt.Println(len(out), strings.HasPrefix(string(out), text), strings.TrimPrefix(string(out), text), err, r.Close())
	show(r.Header)

	fmt.Println("== one member at a time")
	br := bytes.NewReader(stream)
	r, _ = gzip.NewReader(br)
	r.Multistream(false)
	out, err = io.ReadAll(r)
	fmt.Println(len(out), err)
	fmt.Println(r.Reset(br))
	r.Multistream(false)
	show(r.Header)
	out, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
	fmt.Println(r.Reset(br))

	fmt.Println("== writer headers")
	for lvl := -2; lvl <= 9; lvl++ {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, lvl)
		w.Close()
		fmt.Printf("%d %x\n", lvl, b.Bytes())
	}
	_, err = gzip.NewWriterLevel(io.Discard, 11)
	fmt.Println(err)
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Header = gzip.Header{Name: "año.txt", Comment: "c", Extra: []byte{}, ModTime: time.Unix(1000000000, 0), OS: 7}
	w.Write([]byte("header round trip"))
	w.Close()
	fmt.Printf("%x\n", b.Bytes()[:30])
	r, err = gzip.NewReader(&b)
	show(r.Header)
	out, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
	for _, h := range []gzip.Header{{Name: "日本"}, {Comment: "nul\x00"}, {Extra: make([]byte, 70000)}} {
		w := gzip.NewWriter(io.Discard)
		w.Header = h
		n, err := w.Write([]byte("x"))
		fmt.Println(n, err, w.Close())
	}

	fmt.Println("== round trips")
	for lvl := -2; lvl <= 9; lvl++ {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, lvl)
		w.Write([]byte(text[:100]))
		w.Flush()
		w.Write([]byte(text[100:]))
		w.Close()
		out, err := decode(b.Bytes())
		fmt.Println(lvl, out == text, err)
	}
	b.Reset()
	w.Reset(&b)
	w.Write([]byte("reset"))
	w.Close()
	fmt.Println(w.Close())
	n, err := w.Write([]byte("x"))
	fmt.Println(n, err, w.Flush())
	s, err := decode(b.Bytes())
	fmt.Printf("%q %v %x\n", s, err, b.Bytes()[:10])

	fmt.Println("== header CRC")
	hdr := []byte{0x1f, 0x8b, 8, 0x02 | 0x08, 0, 0, 0, 0, 0, 255, 'f', 0}
	sum := crc32.ChecksumIEEE(hdr)
	var body bytes.Buffer
	w = gzip.NewWriter(&body)
	w.Write([]byte("crc'd header"))
	w.Close()
	member := append(append(hdr, byte(sum), byte(sum>>8)), body.Bytes()[10:]...)
	s, err = decode(member)
	fmt.Printf("%q %v\n", s, err)
	member[12] ^= 1
	s, err = decode(member)
	fmt.Printf("%q %v\n", s, err)

	fmt.Println("== errors")
	one := stream[:10+bytes.Index(stream[10:], []byte{0x1f, 0x8b, 8, 8})]
	for _, i := range []int{len(one) - 1, len(one) - 5, len(one) - 8} {
		bad := append([]byte(nil), one...)
		bad[i] ^= 1
		out, err := decode(bad)
		fmt.Println(i, len(out), err)
	}
	for _, tail := range []string{"", "01", "010203", "00000000000000000000", "1f8b0800000000000000"} {
		out, err := decode(append(append([]byte(nil), one...), unhex(tail)...))
		fmt.Println(tail, len(out), err)
	}
	for _, s := range []string{"", "1f", "1f8b", "1f8c0800000000000000", "1f8b0700000000000000", "1f8b0804000000000000", "1f8b080400000000000002", "1f8b0808000000000000616263"} {
		out, err := decode(unhex(s))
		fmt.Printf("%q: %q %v\n", s, out, err)
	}
	for _, n := range []int{12, 40, len(one) - 8, len(one) - 1} {
		out, err := decode(one[:n])
		fmt.Println("cut", n, len(out), err)
	}
	fmt.Println(gzip.ErrChecksum, gzip.ErrHeader)
}

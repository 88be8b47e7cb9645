// Rosetta: MD5, SHA-1/256, CRC-32, hex dump, base64, binary encoding, UTF-8 encode/decode.
package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	s := "The quick brown fox jumped over the lazy dog's back"
	fmt.Printf("%x\n", md5.Sum([]byte(s)))
	fmt.Printf("%x\n", sha1.Sum([]byte("Rosetta Code")))
	fmt.Printf("%x\n", sha256.Sum256([]byte("Rosetta code")))
	fmt.Printf("%x\n", sha512.Sum384([]byte("Rosetta code")))
	h := sha256.New()
	h.Write([]byte("Rosetta "))
	h.Write([]byte("code"))
	fmt.Println(hex.EncodeToString(h.Sum(nil)), h.Size(), h.BlockSize())
	fmt.Printf("%08x %d\n", crc32.ChecksumIEEE([]byte("The quick brown fox jumps over the lazy dog")), adler32.Checksum([]byte("Rosetta Code")))
	f := fnv.New64a()
	f.Write([]byte("hello"))
	fmt.Println(f.Sum64())
	fmt.Print(hex.Dump([]byte("Rosetta Code is a programming chrestomathy site. ☺\x00\x01")))
	enc := base64.StdEncoding.EncodeToString([]byte("Hello, 世界! <>?"))
	fmt.Println(enc, base64.URLEncoding.EncodeToString([]byte("<>?")), base64.RawStdEncoding.EncodeToString([]byte("ab")))
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("abc$")
	fmt.Println(err)
	buf := new(bytes.Buffer)
	binary.Write(buf, binary.BigEndian, uint16(0x1234))
	binary.Write(buf, binary.LittleEndian, int32(-2))
	binary.Write(buf, binary.BigEndian, struct {
		A uint8
		B float32
	}{7, 1.5})
	fmt.Printf("% x\n", buf.Bytes())
	var v struct {
		X uint16
		Y int32
	}
	binary.Read(bytes.NewReader(buf.Bytes()[:6]), binary.BigEndian, &v)
	fmt.Println(v)
	vb := binary.AppendUvarint(nil, 300)
	x, n := binary.Uvarint(vb)
	fmt.Println(vb, x, n, binary.PutVarint(make([]byte, 10), -129), binary.LittleEndian.Uint32([]byte{1, 2, 3, 4}))
	for _, r := range []rune{'A', 'ö', 'Ж', '€', '𝄞'} {
		b := make([]byte, 4)
		n := utf8.EncodeRune(b, r)
		d, _ := utf8.DecodeRune(b[:n])
		fmt.Printf("%-4c U+%04X % -12X %c %v\n", r, r, b[:n], d, utf16.Encode([]rune{r}))
	}
	fmt.Println(utf8.RuneCountInString("häßlich"), utf8.ValidString("a\xffb"), []rune("a\xffb"), string(utf16.Decode([]uint16{0xD834, 0xDD1E})))
}

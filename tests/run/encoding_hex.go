package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	src := []byte("Hello Gopher!\x00\xff\x7f")
	s := hex.EncodeToString(src)
	fmt.Println(s, hex.EncodedLen(5), hex.DecodedLen(7))
	dst := make([]byte, hex.EncodedLen(len(src)))
	fmt.Println(hex.Encode(dst, src), string(dst))
	fmt.Printf("%s\n", hex.AppendEncode([]byte("x="), []byte{1, 0xab}))
	for _, in := range []string{"48656c6c6f", "48656C6C6F", "4865z6", "486", "48g", "", "zz", "4", "g"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q -> %q %v\n", in, b, err)
		d := make([]byte, hex.DecodedLen(len(in)))
		n, err2 := hex.Decode(d, []byte(in))
		fmt.Println("  ", n, err2)
		a, err3 := hex.AppendDecode([]byte("pre"), []byte(in))
		fmt.Printf("   %q %v\n", a, err3)
	}
	var ib hex.InvalidByteError = 'é'
	fmt.Println(ib.Error(), hex.InvalidByteError(0x01), errors.Is(hex.ErrLength, hex.ErrLength))
	fmt.Print(hex.Dump([]byte("Go is an open source programming language.")))
	fmt.Print(hex.Dump([]byte("exactly sixteen!")))
	fmt.Printf("%q\n", hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrs\ttuv"))
	d.Close()
	d.Close()
	n, err := d.Write([]byte("x"))
	fmt.Println(n, err)

	var buf bytes.Buffer
	e := hex.NewEncoder(&buf)
	e.Write([]byte("streamed"))
	e.Write(bytes.Repeat([]byte{0xfe}, 600))
	fmt.Println(buf.Len(), buf.String()[:20])
	dec := hex.NewDecoder(&buf)
	all, err := io.ReadAll(dec)
	fmt.Println(len(all), string(all[:8]), err)
	for _, in := range []string{"414", "41z", "4142", "41 42"} {
		all, err := io.ReadAll(hex.NewDecoder(strings.NewReader(in)))
		fmt.Printf("%q %q %v\n", in, all, err)
	}
	small := hex.NewDecoder(strings.NewReader("0102030405"))
	p := make([]byte, 2)
	for {
		n, err := small.Read(p)
		fmt.Print(p[:n], err, " ")
		if err != nil {
			break
		}
	}
	fmt.Println()
}

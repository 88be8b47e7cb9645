package main

import (
	"bufio"
	"fmt"
	"net/textproto"
	"strings"
)

func main() {
	for _, in := range []string{"  a  \r\nb", "a  \r\nb", "a  ", "  a  ", "a\r\n \r\nb", "Foo:  x  \r\n\r\n", "a\rb\r\n", "a\r", "a\r\r\n", "x\n\r\n", "é\r\n"} {
		r := textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		l, err := r.ReadContinuedLine()
		fmt.Printf("%q => %q %v\n", in, l, err)
		r = textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		l, err = r.ReadLine()
		fmt.Printf("   line %q %v\n", l, err)
		r = textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		h, err := r.ReadMIMEHeader()
		fmt.Printf("   hdr %q %v\n", h, err)
	}
	long := strings.Repeat("x", 10000)
	r := textproto.NewReader(bufio.NewReaderSize(strings.NewReader("K: "+long+"\r\n\r\n"), 16))
	h, err := r.ReadMIMEHeader()
	fmt.Println(len(h.Get("K")), err)
	h = textproto.MIMEHeader{}
	h.Add("content-type", "a")
	h.Add("Content-Type", "b")
	h.Set("x-y", "z")
	fmt.Println(h, h.Get("CONTENT-TYPE"), h.Values("content-type"), h.Get("nope"), h.Values("nope") == nil)
	h.Del("content-type")
	fmt.Println(h)
	var nh textproto.MIMEHeader
	fmt.Println(nh.Get("x"), nh.Values("x"))
}

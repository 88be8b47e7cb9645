package main

import (
	"bufio"
	"fmt"
	"io"
	"net/textproto"
	"strings"
)

func main() {
	for _, in := range []string{"Foo: bar  \r\n  cont  \r\n\r\n", "Foo: bar\r\n\t\r\n \r\n\r\n", "Foo: x\r\nBar:  \r\n   y\r\n\r\n", "Foo: a\r\n b\r\n\r\n", "K: v\r\n\r\n", " x\r\n\r\n", "\tx: y\r\n\r\n"} {
		r := textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		h, err := r.ReadMIMEHeader()
		fmt.Printf("%q => %q %v\n", in, h, err)
		r = textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		l, err := r.ReadContinuedLine()
		fmt.Printf("   cont %q %v\n", l, err)
	}
	r := textproto.NewReader(bufio.NewReader(strings.NewReader("a\r\n..b\r\n.c\r\nd\n.\nafter")))
	b, err := io.ReadAll(r.DotReader())
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(r.ReadLine())
	r = textproto.NewReader(bufio.NewReader(strings.NewReader("a\r\nb")))
	b, err = io.ReadAll(r.DotReader())
	fmt.Printf("%q %v\n", b, err)
	r = textproto.NewReader(bufio.NewReader(strings.NewReader("a\rb\r\r\n.\r\n")))
	b, err = r.ReadDotBytes()
	fmt.Printf("%q %v\n", b, err)
	for _, in := range []string{"123-a\r\n123 b\r\n", "123-a\r\n124 b\r\n", "123-a\r\nfoo\r\n123 b\r\n", "12 x\r\n", "1234 x\r\n", "abc x\r\n", "123\r\n", "123x\r\n", "200-x\r\n", "999 x\r\n", "099 x\r\n", "550-first\r\n550 second\r\n"} {
		r := textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		c, m, err := r.ReadResponse(123)
		fmt.Printf("%q => %d %q %v %T\n", in, c, m, err, err)
		r = textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		c, m, err = r.ReadCodeLine(1)
		fmt.Printf("   code1 %d %q %v\n", c, m, err)
		r = textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		c, m, err = r.ReadCodeLine(0)
		fmt.Printf("   code0 %d %q %v\n", c, m, err)
		r = textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		c, m, err = r.ReadCodeLine(12)
		fmt.Printf("   code12 %d %q %v\n", c, m, err)
	}
	var p textproto.Pipeline
	id := p.Next()
	p.StartRequest(id)
	p.EndRequest(id)
	p.StartResponse(id)
	p.EndResponse(id)
	fmt.Println(id, p.Next())
}

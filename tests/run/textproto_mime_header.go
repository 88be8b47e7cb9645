package main

import (
	"bufio"
	"fmt"
	"net/textproto"
	"strings"
)

func main() {
	inputs := []string{
		"Foo: bar\r\nfoo-bar:  baz qux  \r\nX: 1\r\nx: 2\r\n\r\nbody",
		" Foo: bar\r\n\r\n",
		"Foo bar\r\n\r\n",
		"Foo : bar\r\n\r\n",
		"Foo: bar\r\n  continued\r\n\tmore\r\nK: v\r\n\r\n",
		"Foo: a\x00b\r\n\r\n",
		"Foo: a\x7fb\r\n\r\n",
		"Foo: a\tb\r\n\r\n",
		"Foo: é\r\n\r\n",
		"Fé: x\r\n\r\n",
		": x\r\n\r\n",
		"Foo: bar\n\n",
		"Foo: bar\r\n",
		"Foo: bar",
		"",
		"\r\n",
		"user_agent: x\r\n\r\n",
		"content-LENGTH: 3\r\n\r\n",
		"Foo:\r\n\r\n",
		"Foo:bar\r\n\r\n",
		"Foo: bar\r\nBaz\r\n\r\n",
		"Foo\r\n\r\n",
		"A:1\r\nB:2\r\nA:3\r\n\r\n",
		"Foo: a\rb\r\n\r\n",
		"Foo\x00: a\r\n\r\n",
		"Foo: bar\r\n \r\n\r\n",
		"foo.bar: 1\r\nfoo~bar: 2\r\n\r\n",
	}
	for _, in := range inputs {
		r := textproto.NewReader(bufio.NewReader(strings.NewReader(in)))
		h, err := r.ReadMIMEHeader()
		fmt.Printf("%q => %v err=%q (%T)\n", in, h, err, err)
	}
	for _, k := range []string{"foo-bar", "FOO-BAR", "foo bar", "user_agent", "content-md5", "x-ab_c", "", "-", "a--b", "éa", "ab\x00", "Foo:bar", "1abc-2def", "www-authenticate"} {
		fmt.Printf("%q ", textproto.CanonicalMIMEHeaderKey(k))
	}
	fmt.Println()
	r := textproto.NewReader(bufio.NewReader(strings.NewReader("220 hello\r\n250-first\r\n250-second\r\n250 last\r\n550 no\r\nabc\r\n..x\r\nline\r\n.\r\nrest")))
	fmt.Println(r.ReadCodeLine(220))
	fmt.Println(r.ReadResponse(250))
	fmt.Println(r.ReadCodeLine(250))
	fmt.Println(r.ReadCodeLine(200))
	fmt.Println(r.ReadDotLines())
	fmt.Println(r.ReadLine())
	fmt.Println(r.ReadLine())
	fmt.Printf("%q %q\n", textproto.TrimString(" \t a b \r\n"), textproto.TrimBytes([]byte("  x ")))
	var sb strings.Builder
	w := textproto.NewWriter(bufio.NewWriter(&sb))
	w.PrintfLine("HELO %s", "x")
	dw := w.DotWriter()
	dw.Write([]byte("a\n.b\nc"))
	dw.Close()
	fmt.Printf("%q\n", sb.String())
	e := &textproto.Error{Code: 550, Msg: "no"}
	fmt.Println(e, textproto.ProtocolError("bad"))
}

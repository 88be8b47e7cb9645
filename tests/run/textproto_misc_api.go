package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/textproto"
	"strings"
)

type rwc struct {
	in     io.Reader
	out    bytes.Buffer
	closed bool
}

func (c *rwc) Read(p []byte) (int, error)  { return c.in.Read(p) }
func (c *rwc) Write(p []byte) (int, error) { return c.out.Write(p) }
func (c *rwc) Close() error                { c.closed = true; return nil }

func reader(s string) *textproto.Reader {
	return textproto.NewReader(bufio.NewReader(strings.NewReader(s)))
}

func main() {
	for _, s := range []string{"", " \t\r\n", " a b \n", "\v x \v", "\r\nx\r\n"} {
		fmt.Printf("%q %q\n", textproto.TrimString(s), textproto.TrimBytes([]byte(s)))
	}
	var nilh textproto.MIMEHeader
	fmt.Printf("%q %q\n", nilh.Get("x"), nilh.Values("x"))
	h := textproto.MIMEHeader{}
	h.Add("x-a", "1")
	h.Add("X-A", "2")
	h.Set("x-b", "3")
	h.Set("X-a", "4")
	h.Add("bad key", "5")
	fmt.Println(h, h.Get("x-A"), h.Values("x-b"), h.Get("missing") == "")
	h.Del("x-B")
	fmt.Println(h)
	for _, k := range []string{"a", "A-B-C", "accept-encoding", "x-forwarded-FOR", "with space", "ü-x", "-a-", "a--b", "", "Content-type", "user_agent", "1abc-2def"} {
		fmt.Printf("%q ", textproto.CanonicalMIMEHeaderKey(k))
	}
	fmt.Println()
	fmt.Println(&textproto.Error{Code: 5, Msg: "x"}, &textproto.Error{Code: 550, Msg: "no such user"}, textproto.ProtocolError("p"))

	lines, err := reader("a\r\n..b\r\n.\r\nrest\r\n").ReadDotLines()
	fmt.Printf("%q %v\n", lines, err)
	lines, err = reader("a\r\nb").ReadDotLines()
	fmt.Printf("%q %v\n", lines, err)
	data, err := reader("x\r\n..\r\n.y").ReadDotBytes()
	fmt.Printf("%q %v\n", data, err)
	data, err = reader(".\r\n").ReadDotBytes()
	fmt.Printf("%q %v\n", data, err)
	r := reader("l1\r\nl2\n.\r\nafter\r\n")
	d := r.DotReader()
	one := make([]byte, 1)
	n, _ := d.Read(one)
	fmt.Println(n, string(one))
	l, err := r.ReadLine() // finishes the dot block first
	fmt.Printf("%q %v\n", l, err)
	for _, in := range []string{"250-a\r\n251 b\r\n", "250-a\r\n250-b\r\n250 c\r\n", "500 err\r\n", "300-x\r\n300 y\r\n", ""} {
		c, m, err := reader(in).ReadCodeLine(2)
		fmt.Printf("code %q: %d %q %v\n", in, c, m, err)
		c, m, err = reader(in).ReadResponse(25)
		fmt.Printf("resp %q: %d %q %v\n", in, c, m, err)
	}

	var out bytes.Buffer
	w := textproto.NewWriter(bufio.NewWriter(&out))
	fmt.Println(w.PrintfLine("HELO %s %d", "host"))
	dw := w.DotWriter()
	io.WriteString(dw, ".leading\nline2\r\n.\nno end")
	fmt.Println(w.PrintfLine("QUIT"))
	fmt.Printf("%q\n", out.String())

	c := &rwc{in: strings.NewReader("220 ready\r\n250-hi\r\n250 ok\r\n")}
	conn := textproto.NewConn(c)
	id, err := conn.Cmd("EHLO %s", "me")
	fmt.Println(id, err)
	conn.StartResponse(id)
	code, msg, err := conn.ReadCodeLine(220)
	fmt.Println(code, msg, err)
	code, msg, err = conn.ReadResponse(250)
	conn.EndResponse(id)
	fmt.Printf("%d %q %v\n", code, msg, err)
	id, err = conn.Cmd("NOOP")
	fmt.Println(id, err, conn.Close(), c.closed)
	fmt.Printf("%q\n", c.out.String())
}

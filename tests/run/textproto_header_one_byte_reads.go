package main

// Regression: a header line read from a source that delivers one byte per Read
// lost its first bytes when peeking for a continuation refilled the buffer.

import (
	"bufio"
	"fmt"
	"io"
	"net/textproto"
)

type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if o.s == "" {
		return 0, io.EOF
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

func main() {
	in := "Content-Type: text/plain\r\nX-Long: part one\r\n  part two\r\n\tpart three\r\nHost: example.com\r\n\r\nbody"
	for _, size := range []int{16, 64, 4096} {
		r := textproto.NewReader(bufio.NewReaderSize(&oneByte{in}, size))
		h, err := r.ReadMIMEHeader()
		fmt.Printf("%d %q %v\n", size, h, err)
		r = textproto.NewReader(bufio.NewReaderSize(&oneByte{in}, size))
		for i := 0; i < 3; i++ {
			l, err := r.ReadContinuedLine()
			fmt.Printf("   %q %v\n", l, err)
		}
	}
}

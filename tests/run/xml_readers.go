package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"errors"
)

func main() {
	// a reader that is not an io.ByteReader, delivering one byte per Read
	src := `<?xml version="1.0" encoding="x-rot13"?><n>uryyb</n>`
	d := xml.NewDecoder(oneByte(strings.NewReader(src)))
	d.CharsetReader = func(cs string, r io.Reader) (io.Reader, error) {
		return rot13{r}, nil
	}
	var s string
	fmt.Println(d.Decode(&s), s, d.InputOffset())
	d = xml.NewDecoder(dataErr(strings.NewReader(`<a>x</a><b>y</b>`)))
	for {
		t, err := d.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %d\n", t, d.InputOffset())
	}
	d = xml.NewDecoder(timeout(strings.NewReader(`<a>x</a>`)))
	for {
		t, err := d.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %d\n", t, d.InputOffset())
	}
	// the stream after one element stays unread when the reader is an io.ByteReader
	r := strings.NewReader(`<a>1</a>rest of stream`)
	d = xml.NewDecoder(r)
	var a int
	fmt.Println(d.Decode(&a), a, r.Len())
}

type rot13 struct{ r io.Reader }

func (x rot13) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		}
	}
	return n, err
}

type oneByteReader struct{ r io.Reader }

func oneByte(r io.Reader) io.Reader { return &oneByteReader{r} }
func (o *oneByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

// dataErr returns the final data together with io.EOF.
type dataErrReader struct{ data []byte }

func dataErr(r io.Reader) io.Reader {
	b, _ := io.ReadAll(r)
	return &dataErrReader{b}
}
func (d *dataErrReader) Read(p []byte) (int, error) {
	n := copy(p, d.data)
	d.data = d.data[n:]
	if len(d.data) == 0 {
		return n, io.EOF
	}
	return n, nil
}

// timeout fails every read after the first.
type timeoutReader struct {
	r     io.Reader
	count int
}

func timeout(r io.Reader) io.Reader { return &timeoutReader{r: r} }
func (t *timeoutReader) Read(p []byte) (int, error) {
	t.count++
	if t.count == 2 {
		return 0, errors.New("timeout")
	}
	return t.r.Read(p)
}

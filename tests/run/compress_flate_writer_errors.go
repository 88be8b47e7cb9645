// compress/flate Writer errors as Go reports them: Write and Flush after Close, Close
// twice, Reset after Close, and an underlying writer that fails after k writes.
package main

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
)

type failAfter struct {
	n     int
	calls int
	buf   bytes.Buffer
}

func (f *failAfter) Write(p []byte) (int, error) {
	f.calls++
	if f.calls > f.n {
		return 0, errors.New("disk full")
	}
	return f.buf.Write(p)
}

func main() {
	data := bytes.Repeat([]byte("hello world, flate errors "), 5000)
	for _, lv := range []int{-2, 0, 1, 6} {
		var b bytes.Buffer
		w, _ := flate.NewWriter(&b, lv)
		w.Write(data[:100])
		fmt.Println(lv, "close:", w.Close(), "close again:", w.Close())
		n, err := w.Write([]byte("x"))
		fmt.Println(" write after close:", n, err, "flush:", w.Flush(), "len", b.Len())
		w.Reset(&b)
		n, err = w.Write([]byte("again"))
		fmt.Println(" after reset:", n, err, w.Close(), b.Len())
		for _, k := range []int{0, 1, 3} {
			f := &failAfter{n: k}
			w, _ := flate.NewWriter(f, lv)
			n, err := w.Write(data)
			e1 := w.Flush()
			n2, e2 := w.Write(data[:10])
			e3 := w.Close()
			fmt.Println(" fail after", k, ":", n, err, e1, n2, e2, e3, f.calls, f.buf.Len())
		}
	}
	_, err := flate.NewWriterDict(nil, 11, nil)
	fmt.Println(err)
}

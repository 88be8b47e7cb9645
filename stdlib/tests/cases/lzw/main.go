// Compares mg/compress/lzw with the real compress/lzw: compressed bytes for many inputs,
// widths and orders, decompression of real Go's output and of damaged streams, errors.
package main

import (
	"bytes"
	"compress/lzw"
	"fmt"
	"io"
	"math/rand"

	mg "mg/compress/lzw"
	mgio "mg/io"
)

// mgSource feeds mg's reader: under realgo the package's io.EOF is mg/io's.
type mgSource struct{ r *bytes.Reader }

func (s mgSource) ReadByte() (byte, error) {
	b, err := s.r.ReadByte()
	if err == io.EOF {
		err = mgio.EOF
	}
	return b, err
}

func (s mgSource) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err == io.EOF {
		err = mgio.EOF
	}
	return n, err
}

type mgPlain struct{ s mgSource }

func (p mgPlain) Read(b []byte) (int, error) { return p.s.Read(b) }

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 20 {
		shown++
		if len(g) > 300 {
			g = g[:300] + "..."
		}
		if len(w) > 300 {
			w = w[:300] + "..."
		}
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

func compressReal(data []byte, order lzw.Order, lw int, chunk int) ([]byte, string) {
	var b bytes.Buffer
	w := lzw.NewWriter(&b, order, lw)
	var errs string
	for len(data) > 0 {
		n := min(chunk, len(data))
		_, err := w.Write(data[:n])
		errs += fmt.Sprint(err)
		data = data[n:]
	}
	errs += fmt.Sprint(w.Close())
	return b.Bytes(), errs
}

func compressMg(data []byte, order mg.Order, lw int, chunk int) ([]byte, string) {
	var b bytes.Buffer
	w := mg.NewWriter(&b, order, lw)
	var errs string
	for len(data) > 0 {
		n := min(chunk, len(data))
		_, err := w.Write(data[:n])
		errs += fmt.Sprint(err)
		data = data[n:]
	}
	errs += fmt.Sprint(w.Close())
	return b.Bytes(), errs
}

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func decompressReal(data []byte, order lzw.Order, lw int) string {
	out, err := io.ReadAll(lzw.NewReader(bytes.NewReader(data), order, lw))
	return fmt.Sprintf("%x %v", out, err)
}

func decompressMg(data []byte, order mg.Order, lw int) string {
	out, err := mgio.ReadAll(mg.NewReader(mgSource{bytes.NewReader(data)}, order, lw))
	return fmt.Sprintf("%x %v", out, err)
}

func main() {
	rng := rand.New(rand.NewSource(1))
	var inputs [][]byte
	inputs = append(inputs, nil, []byte{0}, []byte("TOBEORNOTTOBEORTOBEORNOT"), bytes.Repeat([]byte{0}, 100000), bytes.Repeat([]byte("ab"), 5000))
	for i := 0; i < 120; i++ {
		n := rng.Intn(1 << uint(rng.Intn(17)))
		alpha := 1 + rng.Intn(256)
		b := make([]byte, n)
		for j := range b {
			if rng.Intn(4) == 0 && j > 10 {
				b[j] = b[j-1-rng.Intn(10)]
			} else {
				b[j] = byte(rng.Intn(alpha))
			}
		}
		inputs = append(inputs, b)
	}
	for i, in := range inputs {
		for lw := 2; lw <= 8; lw++ {
			data := make([]byte, len(in))
			for j, c := range in {
				data[j] = c & byte(1<<lw-1)
			}
			for _, order := range []int{0, 1} {
				chunk := 1 + rng.Intn(len(data)+1)
				got, gerr := compressMg(data, mg.Order(order), lw, chunk)
				want, werr := compressReal(data, lzw.Order(order), lw, chunk)
				what := fmt.Sprintf("input %d (len %d) litWidth %d order %d", i, len(data), lw, order)
				check(what+" bytes", fmt.Sprintf("%x", got), fmt.Sprintf("%x", want))
				check(what+" errors", gerr, werr)
				check(what+" decode", decompressMg(want, mg.Order(order), lw), decompressReal(want, lzw.Order(order), lw))
				if i%10 == 0 && len(want) > 2 {
					// damaged streams: truncated, a flipped bit
					cut := want[:rng.Intn(len(want))]
					check(what+" truncated", decompressMg(cut, mg.Order(order), lw), decompressReal(cut, lzw.Order(order), lw))
					bad := append([]byte(nil), want...)
					bad[rng.Intn(len(bad))] ^= 1 << uint(rng.Intn(8))
					check(what+" flipped", decompressMg(bad, mg.Order(order), lw), decompressReal(bad, lzw.Order(order), lw))
				}
			}
		}
	}
	// random garbage
	for i := 0; i < 300; i++ {
		b := make([]byte, rng.Intn(40))
		rng.Read(b)
		lw := 2 + rng.Intn(7)
		order := rng.Intn(2)
		check(fmt.Sprintf("garbage %x", b), decompressMg(b, mg.Order(order), lw), decompressReal(b, lzw.Order(order), lw))
	}
	// a stream from another encoder that fills the table and keeps going without a clear
	// (deferred clear): 8-bit literals, codes widening to 12 bits and staying there
	{
		var codes []int
		codes = append(codes, 256)
		for i := 0; i < 5000; i++ {
			codes = append(codes, i*7%256)
		}
		codes = append(codes, 257)
		var b bytes.Buffer
		var acc uint32
		var nb uint
		width, next := 9, 257
		for k, c := range codes {
			acc |= uint32(c) << nb
			nb += uint(width)
			for nb >= 8 {
				b.WriteByte(byte(acc))
				acc >>= 8
				nb -= 8
			}
			if k > 0 && next < 4096 {
				next++
				if next == 1<<width && width < 12 {
					width++
				}
			}
		}
		if nb > 0 {
			b.WriteByte(byte(acc))
		}
		check("deferred clear", decompressMg(b.Bytes(), mg.LSB, 8), decompressReal(b.Bytes(), lzw.LSB, 8))
	}
	// parameters, closing, non-ByteReader sources
	for _, p := range [][2]int{{0, 1}, {0, 9}, {1, 0}, {2, 8}, {-1, 8}} {
		got, gerr := compressMg([]byte{1}, mg.Order(p[0]), p[1], 1)
		want, werr := compressReal([]byte{1}, lzw.Order(p[0]), p[1], 1)
		check(fmt.Sprint("params ", p), fmt.Sprintf("%x %s", got, gerr), fmt.Sprintf("%x %s", want, werr))
		check(fmt.Sprint("reader params ", p), decompressMg([]byte{0, 1}, mg.Order(p[0]), p[1]), decompressReal([]byte{0, 1}, lzw.Order(p[0]), p[1]))
	}
	{
		got, gerr := compressMg([]byte{1, 200}, mg.LSB, 7, 1)
		want, werr := compressReal([]byte{1, 200}, lzw.LSB, 7, 1)
		check("too large", fmt.Sprintf("%x %s", got, gerr), fmt.Sprintf("%x %s", want, werr))
		var b1, b2 bytes.Buffer
		w1, w2 := mg.NewWriter(&b1, mg.LSB, 8), lzw.NewWriter(&b2, lzw.LSB, 8)
		check("close twice", fmt.Sprint(w1.Close(), w1.Close()), fmt.Sprint(w2.Close(), w2.Close()))
		_, e1 := w1.Write([]byte("x"))
		_, e2 := w2.Write([]byte("x"))
		check("write after close", e1, e2)
		data, _ := compressReal([]byte("hello hello hello hello"), lzw.MSB, 8, 100)
		r1 := mg.NewReader(mgPlain{mgSource{bytes.NewReader(data)}}, mg.MSB, 8)
		out1, err1 := mgio.ReadAll(r1)
		r2 := lzw.NewReader(onlyReader{bytes.NewReader(data)}, lzw.MSB, 8)
		out2, err2 := io.ReadAll(r2)
		check("plain reader", fmt.Sprint(string(out1), err1), fmt.Sprint(string(out2), err2))
		r1.Close()
		r2.Close()
		_, err1 = r1.Read(make([]byte, 4))
		_, err2 = r2.Read(make([]byte, 4))
		check("read after close", err1, err2)
		// Reset reuses a Reader and a Writer.
		zr := r1.(*mg.Reader)
		zr.Reset(mgSource{bytes.NewReader(data)}, mg.MSB, 8)
		out1, err1 = mgio.ReadAll(zr)
		r2.(*lzw.Reader).Reset(bytes.NewReader(data), lzw.MSB, 8)
		out2, err2 = io.ReadAll(r2)
		check("reset reader", fmt.Sprint(string(out1), err1), fmt.Sprint(string(out2), err2))
		zw := w1.(*mg.Writer)
		b1.Reset()
		zw.Reset(&b1, mg.MSB, 8)
		zw.Write([]byte("hello hello hello hello"))
		zw.Close()
		check("reset writer", fmt.Sprintf("%x", b1.Bytes()), fmt.Sprintf("%x", data))
	}
	fmt.Printf("PASS %d/%d\n", pass, total)
}

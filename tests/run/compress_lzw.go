package main

import (
	"bytes"
	"compress/lzw"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

func compress(data []byte, order lzw.Order, lw int) []byte {
	var b bytes.Buffer
	w := lzw.NewWriter(&b, order, lw)
	if _, err := w.Write(data); err != nil {
		fmt.Println("write:", err)
	}
	if err := w.Close(); err != nil {
		fmt.Println("close:", err)
	}
	return b.Bytes()
}

func decompress(data []byte, order lzw.Order, lw int) ([]byte, error) {
	r := lzw.NewReader(bytes.NewReader(data), order, lw)
	defer r.Close()
	return io.ReadAll(r)
}

func main() {
	fmt.Printf("%x\n", compress([]byte("TOBEORNOTTOBEORTOBEORNOT"), lzw.LSB, 8))
	fmt.Printf("%x\n", compress([]byte("TOBEORNOTTOBEORTOBEORNOT"), lzw.MSB, 8))
	fmt.Printf("%x\n", compress(nil, lzw.LSB, 8))
	fmt.Printf("%x\n", compress([]byte{0, 1, 2, 3, 3, 3, 3, 3, 3, 0, 0}, lzw.LSB, 2))

	// A long input: the table fills and restarts many times.
	var sb strings.Builder
	x := uint32(1)
	for i := 0; i < 20000; i++ {
		x = x*1103515245 + 12345
		if x>>28 < 9 {
			sb.WriteString("the quick brown fox ")
		} else {
			sb.WriteByte(byte(x >> 16))
		}
	}
	text := []byte(sb.String())
	for _, lw := range []int{8, 7, 4} {
		data := make([]byte, len(text))
		for i, c := range text {
			data[i] = c & byte(1<<lw-1)
		}
		for _, order := range []lzw.Order{lzw.LSB, lzw.MSB} {
			z := compress(data, order, lw)
			back, err := decompress(z, order, lw)
			fmt.Printf("litWidth %d order %d: %d -> %d bytes, sha256 %x, round trip %v %v\n",
				lw, order, len(data), len(z), sha256.Sum256(z), bytes.Equal(back, data), err)
		}
	}

	// Errors.
	_, err := decompress([]byte{1, 2, 3}, lzw.LSB, 8)
	fmt.Println(err)
	_, err = decompress(nil, lzw.LSB, 8)
	fmt.Println(err)
	_, err = decompress(nil, lzw.LSB, 9)
	fmt.Println(err)
	_, err = decompress(nil, lzw.Order(2), 8)
	fmt.Println(err)
	z := compress([]byte("abracadabra abracadabra"), lzw.LSB, 8)
	out, err := decompress(z[:len(z)-2], lzw.LSB, 8)
	fmt.Printf("%q %v\n", out, err)
	compress([]byte{1, 2, 200}, lzw.LSB, 7)
	var b bytes.Buffer
	w := lzw.NewWriter(&b, lzw.LSB, 8)
	w.Close()
	fmt.Println(w.Write([]byte("late")))
	r := lzw.NewReader(bytes.NewReader(z), lzw.LSB, 8)
	r.Close()
	fmt.Println(r.Read(make([]byte, 4)))
	r.(*lzw.Reader).Reset(bytes.NewReader(z), lzw.LSB, 8)
	out, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
}

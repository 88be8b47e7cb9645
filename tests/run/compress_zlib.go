package main

import (
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

// Written by Go's compress/zlib: the default level, and level 9 with the dictionary
// "wrap deflate".
const (
	zlibStream     = "789caacac94c5248cc4b5148afca2c50282f4a2c5048494dcb492c49b55618951b951b951b95a3440e100000ffff55c99150"
	zlibDictStream = "78f91e7804b04aafca2c50401640e100020000ffffafe90b59"
)

func unhex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func decode(b []byte, dict []byte) (string, error) {
	r, err := zlib.NewReaderDict(bytes.NewReader(b), dict)
	if err != nil {
		return "", err
	}
	out, err := io.ReadAll(r)
	if cerr := r.Close(); cerr != err && !(err == nil && cerr == nil) {
		fmt.Println("close:", cerr)
	}
	return string(out), err
}

func main() {
	text := strings.Repeat("zlib and gzip wrap deflate; ", 40)
	out, err := decode(unhex(zlibStream), nil)
	fmt.Println(out == text, err)
	out, err = decode(unhex(zlibDictStream), []byte("wrap deflate"))
	fmt.Printf("%q %v\n", out, err)
	out, err = decode(unhex(zlibDictStream), nil)
	fmt.Printf("%q %v\n", out, err)
	out, err = decode(unhex(zlibDictStream), []byte("other"))
	fmt.Printf("%q %v\n", out, err)

	fmt.Println("== headers and empty streams per level")
	for lvl := -2; lvl <= 9; lvl++ {
		var b bytes.Buffer
		w, err := zlib.NewWriterLevel(&b, lvl)
		if err != nil {
			panic(err)
		}
		w.Close()
		fmt.Printf("%d %x\n", lvl, b.Bytes())
	}
	for _, lvl := range []int{-3, 10} {
		_, err := zlib.NewWriterLevel(&bytes.Buffer{}, lvl)
		fmt.Println(err)
		_, err = zlib.NewWriterLevelDict(&bytes.Buffer{}, lvl, []byte("d"))
		fmt.Println(err)
	}
	var b bytes.Buffer
	w, _ := zlib.NewWriterLevelDict(&b, 6, []byte("dict"))
	w.Close()
	fmt.Printf("dict %x\n", b.Bytes())

	fmt.Println("== round trips")
	for lvl := -2; lvl <= 9; lvl++ {
		for _, dict := range []string{"", "zlib and gzip"} {
			var b bytes.Buffer
			var w *zlib.Writer
			if dict == "" {
				w, _ = zlib.NewWriterLevel(&b, lvl)
			} else {
				w, _ = zlib.NewWriterLevelDict(&b, lvl, []byte(dict))
			}
			w.Write([]byte(text[:300]))
			w.Flush()
			w.Write([]byte(text[300:]))
			w.Close()
			var d []byte
			if dict != "" {
				d = []byte(dict)
			}
			out, err := decode(b.Bytes(), d)
			fmt.Println(lvl, dict != "", out == text, err, b.Len() < len(text))
		}
	}
	w = zlib.NewWriter(&b)
	b.Reset()
	w.Write([]byte("one"))
	w.Close()
	w.Reset(&b)
	w.Write([]byte("two"))
	w.Close()
	r, err := zlib.NewReader(&b)
	out1, err1 := io.ReadAll(r)
	fmt.Printf("%q %v %v\n", out1, err1, r.(zlib.Resetter).Reset(&b, nil))
	out1, err1 = io.ReadAll(r)
	fmt.Printf("%q %v\n", out1, err1)
	fmt.Println(w.Close())
	n, err := w.Write([]byte("x"))
	fmt.Println(n, err)

	fmt.Println("== errors")
	good := unhex(zlibStream)
	bad := append([]byte(nil), good...)
	bad[len(bad)-1] ^= 0x40
	out, err = decode(bad, nil)
	fmt.Println(len(out), err)
	for _, s := range []string{"", "78", "7800", "7900", "889c", "789d", "78bb", "78bb0000", "789c", "789c0300", "789c030000", "789c03000000000100"} {
		out, err := decode(unhex(s), nil)
		fmt.Printf("%q: %q %v\n", s, out, err)
	}
	for _, n := range []int{3, 10, len(good) - 4, len(good) - 1} {
		out, err := decode(good[:n], nil)
		fmt.Println("cut", n, len(out), err)
	}
	fmt.Println(zlib.ErrChecksum, zlib.ErrDictionary, zlib.ErrHeader)
}

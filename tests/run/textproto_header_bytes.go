package main

import (
	"bufio"
	"fmt"
	"net/textproto"
	"strings"
)

func main() {
	acc, canon, val := "", "", ""
	for c := 0; c < 256; c++ {
		k := "ab" + string([]byte{byte(c)}) + "cd"
		r := textproto.NewReader(bufio.NewReader(strings.NewReader(k + ": v\r\n\r\n")))
		h, err := r.ReadMIMEHeader()
		if err == nil {
			for kk := range h {
				acc += fmt.Sprintf("%02x:%s ", c, kk)
			}
		}
		if textproto.CanonicalMIMEHeaderKey(k) != k {
			canon += fmt.Sprintf("%02x ", c)
		}
		r = textproto.NewReader(bufio.NewReader(strings.NewReader("K: a" + string([]byte{byte(c)}) + "b\r\n\r\n")))
		_, err = r.ReadMIMEHeader()
		if err != nil {
			val += fmt.Sprintf("%02x ", c)
		}
	}
	fmt.Println("accepted keys:", acc)
	fmt.Println("canonicalized:", canon)
	fmt.Println("bad value bytes:", val)
	fmt.Println(textproto.CanonicalMIMEHeaderKey("a b"), textproto.CanonicalMIMEHeaderKey("a b-c"), textproto.CanonicalMIMEHeaderKey("A:B"))
}

package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % n
}

func main() {
	encs := []struct {
		name string
		e    *base64.Encoding
	}{{"std", base64.StdEncoding}, {"url", base64.URLEncoding}, {"raw", base64.RawStdEncoding}, {"rawurl", base64.RawURLEncoding}, {"strict", base64.StdEncoding.Strict()}, {"rawstrict", base64.RawStdEncoding.Strict()}, {"star", base64.StdEncoding.WithPadding('*')}}
	alpha := "AQgw/+-_=\n\r!*Zz09"
	var sum uint64
	for _, ec := range encs {
		for i := 0; i < 4000; i++ {
			n := rnd(14)
			var sb strings.Builder
			for k := 0; k < n; k++ {
				if rnd(3) == 0 {
					sb.WriteByte(alpha[rnd(len(alpha))])
				} else {
					sb.WriteByte(alpha[rnd(6)])
				}
			}
			in := sb.String()
			dst := make([]byte, 20)
			m, err := ec.e.Decode(dst, []byte(in))
			line := fmt.Sprintf("%s %q %d %x %v", ec.name, in, m, dst[:m], err)
			b, err2 := ec.e.DecodeString(in)
			line += fmt.Sprintf(" | %x %v", b, err2)
			r, err3 := io.ReadAll(base64.NewDecoder(ec.e, strings.NewReader(in)))
			line += fmt.Sprintf(" | %x %v", r, err3)
			if i < 150 {
				fmt.Println(line)
			}
			for _, c := range []byte(line) {
				sum = sum*1099511628211 + uint64(c)
			}
		}
		for n := 0; n < 40; n++ {
			src := make([]byte, n)
			for k := range src {
				src[k] = byte(rnd(256))
			}
			s := ec.e.EncodeToString(src)
			var buf bytes.Buffer
			w := base64.NewEncoder(ec.e, &buf)
			for k := 0; k < len(src); {
				step := rnd(4)
				if k+step > len(src) {
					step = len(src) - k
				}
				w.Write(src[k : k+step])
				k += step
			}
			w.Close()
			back, err := ec.e.DecodeString(s)
			line := fmt.Sprintf("%s %d %s %v %d %d %v %v", ec.name, n, s, buf.String() == s, ec.e.EncodedLen(n), ec.e.DecodedLen(len(s)), bytes.Equal(back, src), err)
			line += string(ec.e.AppendEncode([]byte("<"), src))
			if n < 8 {
				fmt.Println(line)
			}
			for _, c := range []byte(line) {
				sum = sum*1099511628211 + uint64(c)
			}
		}
	}
	fmt.Println("checksum", sum)
	for _, bad := range []string{"short", "has\nnewline" + strings.Repeat("x", 53), strings.Repeat("A", 64)} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			base64.NewEncoding(bad)
		}()
	}
	for _, p := range []rune{'\n', 'A', 256, -2, 0xff} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			e := base64.StdEncoding.WithPadding(p)
			fmt.Printf("%q\n", e.EncodeToString([]byte{1}))
		}()
	}
	a, err := base64.StdEncoding.AppendDecode([]byte("x"), []byte("aGVsbG8="))
	fmt.Printf("%q %v\n", a, err)
	fmt.Println(base64.CorruptInputError(7))
}

package main

import (
	"fmt"
	"strings"
)

func toRoman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

func rle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		fmt.Fprintf(&b, "%d%c", j-i, rs[i])
		i = j
	}
	return b.String()
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func b64(data []byte) string {
	var b strings.Builder
	for i := 0; i < len(data); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], data[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		for j := 0; j < 4; j++ {
			if j <= n {
				b.WriteByte(alphabet[v>>(18-6*j)&63])
			} else {
				b.WriteByte('=')
			}
		}
	}
	return b.String()
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		fmt.Printf("%d=%s ", n, toRoman(n))
	}
	fmt.Println()
	for _, s := range []string{"aaabccdddd", "", "abc", "ééé世世"} {
		fmt.Printf("%q -> %q\n", s, rle(s))
	}
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."} {
		fmt.Printf("%q -> %s\n", s, b64([]byte(s)))
	}
}

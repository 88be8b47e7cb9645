package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 100000; i++ {
		b.WriteByte(byte('a' + i%26))
	}
	s := b.String()
	fmt.Println(len(s), s[:30], strings.Count(s, "abc"))
	parts := make([]string, 0, 1000)
	for i := 0; i < 1000; i++ {
		parts = append(parts, fmt.Sprint(i))
	}
	joined := strings.Join(parts, ",")
	fmt.Println(len(joined), joined[len(joined)-15:])
	back := strings.Split(joined, ",")
	fmt.Println(len(back), back[999])
	r := strings.Repeat("ab", 50000)
	fmt.Println(len(r), strings.LastIndex(r, "ba"))
	up := strings.ToUpper(r[:10])
	fmt.Println(up)
}

package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	var sb strings.Builder
	sb.Grow(64)
	n, err := sb.WriteString("hello")
	fmt.Println(n, err, sb.Cap() >= 64)
	sb.Write([]byte(" world"))
	fmt.Println(sb.String())
	// building a table
	rows := [][]string{{"name", "age"}, {"alice", "30"}, {"bob", "4"}}
	var t strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				t.WriteString(" | ")
			}
			t.WriteString(fmt.Sprintf("%-6s", c))
		}
		t.WriteByte('\n')
	}
	fmt.Print(t.String())
	rd := strings.NewReader("abc")
	buf := make([]byte, 2)
	k, _ := rd.Read(buf)
	fmt.Println(k, string(buf[:k]), rd.Len())
}

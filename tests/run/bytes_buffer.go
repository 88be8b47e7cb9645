package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b := make([]byte, 5)
	n, _ := buf.Read(b)
	fmt.Println(n, string(b), buf.Len())
	c, _ := buf.ReadByte()
	fmt.Println(string(c))
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest, err := buf.ReadString('#')
	fmt.Printf("%q %v\n", rest, err)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	nb := bytes.NewBufferString("line1\nline2\nline3")
	for {
		l, err := nb.ReadString('\n')
		fmt.Printf("%q ", l)
		if err != nil {
			break
		}
	}
	fmt.Println()
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Println(string(bytes.ToUpper([]byte("abc"))), string(bytes.TrimSpace([]byte("  x  "))))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Println(string(bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+"))))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), string(bytes.Repeat([]byte("ab"), 2)))
	bb := bytes.NewBuffer(nil)
	bb.WriteString("truncate me")
	bb.Truncate(8)
	fmt.Println(bb.String())
	fmt.Println(string(bytes.Title([]byte("x"))) != "", bytes.Count([]byte("cheese"), []byte("e")))
	var zero bytes.Buffer
	fmt.Printf("%q\n", zero.String())
	fmt.Println(string(bytes.Fields([]byte(" a b "))[1]))
	fmt.Println(bytes.IndexByte([]byte("abc"), 'c'), bytes.EqualFold([]byte("Go"), []byte("GO")))
}

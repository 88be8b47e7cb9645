package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type RWC interface {
	ReadWriter
	Closer
}

type Buf struct {
	data   []string
	closed bool
}

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }
func (b *Buf) Close() error   { b.closed = true; return nil }

type Upper struct{ ReadWriter }

func (u Upper) Read() string { return strings.ToUpper(u.ReadWriter.Read()) }

func main() {
	b := &Buf{}
	var rw ReadWriter = b
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	fmt.Println(r.Read())
	var rwc RWC = b
	rwc.Close()
	fmt.Println(b.closed)
	u := Upper{b}
	fmt.Println(u.Read())
	var r2 Reader = u
	b.Write("again")
	fmt.Println(r2.Read())
	w, ok := r.(Writer)
	fmt.Println(ok, w != nil)
	_, ok = r2.(Writer)
	fmt.Println("Upper is Writer via embedding:", ok)
	_, ok = r2.(Closer)
	fmt.Println("Upper is Closer:", ok)
	var x interface {
		Reader
		Write(string)
	} = b
	x.Write("q")
	fmt.Println(x.Read())
}

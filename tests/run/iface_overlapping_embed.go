package main

import "fmt"

type Reader interface {
	Read() string
	Close() error
}

type Writer interface {
	Write(s string)
	Close() error
}

type ReadWriteCloser interface {
	Reader
	Writer
}

type File struct {
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) { f.data = append(f.data, s) }
func (f *File) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

func main() {
	var rwc ReadWriteCloser = &File{}
	rwc.Write("x")
	rwc.Write("y")
	fmt.Println(rwc.Read(), rwc.Close(), rwc.Close())
	var r Reader = rwc
	var w Writer = rwc
	fmt.Println(r.Read(), w != nil)
	fmt.Printf("%T\n", r)
}

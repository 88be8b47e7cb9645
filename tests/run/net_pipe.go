// net.Pipe: synchronous in-memory connections. A write is consumed by reads of any
// size; Close gives the closer io.ErrClosedPipe and the peer io.EOF; deadlines fail
// with os.ErrDeadlineExceeded wrapped in an *OpError; addresses are "pipe".
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

func main() {
	a, b := net.Pipe()
	fmt.Println(a.LocalAddr().Network(), a.RemoteAddr().String())
	wrote := make(chan string)
	go func() {
		n, err := a.Write([]byte("hello, pipe"))
		wrote <- fmt.Sprint("wrote ", n, " ", err)
		a.Write(nil)
		a.Close()
	}()
	buf := make([]byte, 4)
	for {
		n, err := b.Read(buf)
		fmt.Printf("read %q %v\n", buf[:n], err)
		if err != nil {
			break
		}
		if string(buf[:n]) == "ipe" {
			fmt.Println(<-wrote)
		}
	}
	_, err := a.Read(buf)
	fmt.Println("closer reads:", err == io.ErrClosedPipe)
	_, err = b.Write([]byte("x"))
	fmt.Println("write to closed peer:", err == io.ErrClosedPipe)

	c, d := net.Pipe()
	c.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = c.Read(buf)
	var oe *net.OpError
	fmt.Println("read deadline:", errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &oe) && oe.Op == "read" && oe.Net == "pipe", err)
	c.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(10 * time.Millisecond)
		d.Write([]byte("after"))
	}()
	n, err := c.Read(make([]byte, 10))
	fmt.Println("cleared:", n, err)
	d.SetWriteDeadline(time.Now().Add(10 * time.Millisecond))
	_, err = d.Write([]byte("nobody reads"))
	fmt.Println("write deadline:", errors.Is(err, os.ErrDeadlineExceeded), err)
	c.Close()
	d.Close()
	fmt.Println(c.SetDeadline(time.Now()) == io.ErrClosedPipe)
}

// Closing a listener wakes an Accept blocked in another goroutine with an *OpError
// wrapping net.ErrClosed; closing a connection wakes its blocked Read the same way;
// reads and writes after Close fail at once; Close twice reports ErrClosed. No
// goroutine blocked on the network counts as deadlocked.
package main

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	res := make(chan error)
	go func() {
		_, err := ln.Accept()
		res <- err
	}()
	time.Sleep(20 * time.Millisecond)
	ln.Close()
	err = <-res
	var oe *net.OpError
	fmt.Println(errors.As(err, &oe), oe.Op, oe.Net, errors.Is(err, net.ErrClosed), oe.Err)

	ln, err = net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		time.Sleep(time.Second)
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	go func() {
		b := make([]byte, 10)
		_, err := c.Read(b)
		res <- err
	}()
	time.Sleep(20 * time.Millisecond)
	c.Close()
	err = <-res
	fmt.Println("read:", errors.Is(err, net.ErrClosed), err.(*net.OpError).Op, strings.HasSuffix(err.Error(), "use of closed network connection"))
	_, err = c.Write([]byte("x"))
	fmt.Println("write:", errors.Is(err, net.ErrClosed), err.(*net.OpError).Op)
	_, err = c.Read(make([]byte, 1))
	fmt.Println("read again:", errors.Is(err, net.ErrClosed))
	err = c.Close()
	fmt.Println("close again:", errors.Is(err, net.ErrClosed), err.(*net.OpError).Op)
	fmt.Println("timeout?", err.(net.Error).Timeout())
}

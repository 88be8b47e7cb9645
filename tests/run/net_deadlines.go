// Read and write deadlines: a Read past its deadline fails with an *OpError whose Err
// is os.ErrDeadlineExceeded ("i/o timeout", Timeout() true); a deadline moved while a
// Read waits takes effect; a cleared deadline lets the Read complete; a deadline in
// the past fails at once; a Write blocked on a full socket times out too.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func describe(err error) string {
	var ne net.Error
	var oe *net.OpError
	if !errors.As(err, &oe) {
		return fmt.Sprint("not an OpError: ", err)
	}
	return fmt.Sprintf("op=%s net=%s err=%q deadline=%v timeout=%v", oe.Op, oe.Net, oe.Err, errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout())
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		accepted <- c
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s := <-accepted
	buf := make([]byte, 100)

	start := time.Now()
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	_, err = c.Read(buf)
	el := time.Since(start)
	fmt.Println("read:", describe(err), el >= 50*time.Millisecond, el < 2*time.Second)

	// The deadline stays passed for later reads.
	_, err = c.Read(buf)
	fmt.Println("again:", describe(err))

	// A deadline in the past fails at once.
	c.SetReadDeadline(time.Now().Add(-time.Second))
	_, err = c.Read(buf)
	fmt.Println("past:", describe(err))

	// Shortening the deadline of a waiting Read wakes it.
	c.SetReadDeadline(time.Now().Add(time.Hour))
	go func() {
		time.Sleep(20 * time.Millisecond)
		c.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
	}()
	_, err = c.Read(buf)
	fmt.Println("shortened:", describe(err))

	// Extending the deadline of a waiting Read (the margins are wide for loaded
	// machines: the extension comes at about 5 ms, the old deadline is at 1 s).
	c.SetReadDeadline(time.Now().Add(time.Second))
	go func() {
		time.Sleep(5 * time.Millisecond)
		c.SetReadDeadline(time.Now().Add(time.Hour))
		time.Sleep(1200 * time.Millisecond)
		s.Write([]byte("late data"))
	}()
	n, err := c.Read(buf)
	fmt.Printf("extended: %q %v\n", buf[:n], err)

	// Cleared deadline.
	c.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
	c.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(30 * time.Millisecond)
		s.Write([]byte("after clear"))
	}()
	n, err = c.Read(buf)
	fmt.Printf("cleared: %q %v\n", buf[:n], err)

	// A write that fills the socket buffers (the peer does not read) times out.
	c.SetWriteDeadline(time.Now().Add(50 * time.Millisecond))
	big := make([]byte, 1<<20)
	total := 0
	for {
		n, err := c.Write(big)
		total += n
		if err != nil {
			fmt.Println("write:", describe(err), total > 0)
			break
		}
	}

	// SetDeadline after Close.
	c.Close()
	err = c.SetDeadline(time.Now())
	fmt.Println("set after close:", errors.Is(err, net.ErrClosed))
	s.Close()
}

// 1,000 concurrent loopback TCP connections (bench/net/conns_8000.go scaled down). Every
// accepted connection gets a goroutine blocked in Read; once all of them are parked,
// the client side sends one message on every connection and reads the echo back.
// Regression: while sysmon held the poller for a non-blocking poll, the last thread
// going idle slept instead of polling, and the dials hung with every processor idle.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"sync"
)

const conns = 1000

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		os.Exit(1)
	}
	parked := make(chan struct{}, conns)
	var served sync.WaitGroup
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			served.Add(1)
			go func(c net.Conn) {
				defer served.Done()
				defer c.Close()
				buf := make([]byte, 32)
				parked <- struct{}{}
				n, err := c.Read(buf) // every server goroutine waits here
				if err != nil {
					fmt.Println("server read:", err)
					return
				}
				if _, err := c.Write(buf[:n]); err != nil {
					fmt.Println("server write:", err)
				}
			}(c)
		}
	}()

	clients := make([]net.Conn, 0, conns)
	for i := 0; i < conns; i++ {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			fmt.Println("dial", i, err)
			os.Exit(1)
		}
		clients = append(clients, c)
	}
	for i := 0; i < conns; i++ {
		<-parked
	}
	fmt.Println("connections open:", len(clients))

	for i, c := range clients {
		if _, err := c.Write([]byte("msg " + strconv.Itoa(i))); err != nil {
			fmt.Println("client write:", err)
			os.Exit(1)
		}
	}
	echoed := 0
	for i, c := range clients {
		want := "msg " + strconv.Itoa(i)
		got := make([]byte, len(want))
		if _, err := io.ReadFull(c, got); err != nil || string(got) != want {
			fmt.Println("client read", i, string(got), err)
			os.Exit(1)
		}
		echoed++
		c.Close()
	}
	served.Wait()
	ln.Close()
	fmt.Println("echoed:", echoed)
}

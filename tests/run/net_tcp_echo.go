// TCP echo over loopback: a goroutine per accepted connection, clients that write,
// CloseWrite and read the echo to EOF; addresses, LocalAddr/RemoteAddr symmetry and
// the listener's Accept error after Close.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"sort"
	"strings"
	"sync"
)

func serve(ln net.Listener, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept after close:", errors.Is(err, net.ErrClosed), strings.HasPrefix(err.Error(), "accept tcp 127.0.0.1:"))
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer c.Close()
			n, err := io.Copy(c, c)
			if err != nil {
				fmt.Println("copy:", err)
			}
			_ = n
		}()
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Println("listening:", ln.Addr().Network(), addr.IP, addr.Port > 0)
	var swg sync.WaitGroup
	swg.Add(1)
	go serve(ln, &swg)

	var mu sync.Mutex
	var replies []string
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				fmt.Println("dial:", err)
				return
			}
			defer c.Close()
			if c.RemoteAddr().String() != ln.Addr().String() {
				fmt.Println("remote address", c.RemoteAddr(), "is not", ln.Addr())
			}
			msg := strings.Repeat(fmt.Sprintf("client %02d;", i), 1000)
			go func() {
				c.Write([]byte(msg))
				c.(*net.TCPConn).CloseWrite()
			}()
			got, err := io.ReadAll(c)
			if err != nil {
				fmt.Println("read:", err)
			}
			mu.Lock()
			replies = append(replies, fmt.Sprintf("%s x%d ok=%v", string(got[:10]), len(got)/10, string(got) == msg))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Strings(replies)
	for _, r := range replies {
		fmt.Println(r)
	}
	ln.Close()
	swg.Wait()
	err = ln.Close()
	fmt.Println("second close:", errors.Is(err, net.ErrClosed), strings.HasPrefix(err.Error(), "close tcp 127.0.0.1:"), strings.HasSuffix(err.Error(), ": use of closed network connection"))
}

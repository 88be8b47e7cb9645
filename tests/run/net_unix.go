// Unix domain sockets: an echo server on a socket file, the addresses of both ends,
// and the socket file removed when the listener closes.
package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
)

func main() {
	path := fmt.Sprintf("%s/minigo-net-unix-%d.sock", os.TempDir(), os.Getpid())
	os.Remove(path)
	ln, err := net.Listen("unix", path)
	if err != nil {
		panic(err)
	}
	fmt.Println("listener:", ln.Addr().Network(), ln.Addr().String() == path)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					fmt.Fprintf(c, "echo: %s", line)
				}
			}()
		}
	}()
	c, err := net.Dial("unix", path)
	if err != nil {
		panic(err)
	}
	fmt.Println("remote:", c.RemoteAddr().Network(), c.RemoteAddr().String() == path)
	r := bufio.NewReader(c)
	for _, m := range []string{"one", "two"} {
		fmt.Fprintln(c, m)
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
	}
	c.Close()
	_, err = os.Stat(path)
	fmt.Println("socket file exists:", err == nil)
	ln.Close()
	_, err = os.Stat(path)
	fmt.Println("after close:", os.IsNotExist(err))
	_, err = net.Dial("unix", path)
	fmt.Println(err != nil)
}

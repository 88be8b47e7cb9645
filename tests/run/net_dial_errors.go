// Errors of Dial and Listen as Go prints them: a refused connection, malformed
// addresses, unknown networks, a name that does not resolve, an address in use, and
// the error types behind them.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	_, err := net.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
	var oe *net.OpError
	var se *os.SyscallError
	fmt.Println(errors.As(err, &oe), oe.Op, oe.Net, oe.Source == nil, oe.Addr)
	fmt.Println(errors.As(err, &se), se.Syscall, errors.Is(err, syscall.ECONNREFUSED))
	fmt.Println(err.(net.Error).Timeout())

	for _, a := range []string{"127.0.0.1", "[::1", "a:b:c", "127.0.0.1:99999", "127.0.0.1:-1", "[::1]x:80"} {
		_, err := net.Dial("tcp", a)
		fmt.Println(err)
	}
	_, err = net.Dial("sctp", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Listen("udp", "127.0.0.1:0")
	fmt.Println(err)
	_, err = net.Dial("tcp", "no-such-host.invalid:80")
	var de *net.DNSError
	fmt.Println(errors.As(err, &de), de.Name, de.Err, de.IsNotFound)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	_, err = net.Listen("tcp", ln.Addr().String())
	fmt.Println(errors.Is(err, syscall.EADDRINUSE), errors.As(err, &se), se.Syscall)
	var ae *net.AddrError
	_, err = net.ResolveTCPAddr("tcp", "localhost")
	fmt.Println(err, errors.As(err, &ae))
	_, err = net.ResolveTCPAddr("tcp9", "localhost:80")
	fmt.Println(err)
}

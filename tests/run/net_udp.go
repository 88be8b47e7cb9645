// UDP: a ListenPacket server answering datagrams with ReadFrom/WriteTo, a DialUDP
// client with Read/Write, ReadFromUDP's address, a read deadline on a silent socket and
// the error of WriteTo on a connected socket.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Println("local:", pc.LocalAddr().Network(), pc.LocalAddr().(*net.UDPAddr).IP)
	go func() {
		buf := make([]byte, 1500)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				fmt.Println("server:", errors.Is(err, net.ErrClosed))
				return
			}
			pc.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), addr)
		}
	}()

	c, err := net.DialUDP("udp", nil, pc.LocalAddr().(*net.UDPAddr))
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 1500)
	for _, m := range []string{"hello", "datagram", ""} {
		if _, err := c.Write([]byte(m)); err != nil {
			panic(err)
		}
		n, err := c.Read(buf)
		fmt.Printf("reply %q %v\n", buf[:n], err)
	}
	_, err = c.WriteTo([]byte("x"), pc.LocalAddr())
	fmt.Println(errors.Is(err, net.ErrWriteToConnected))

	// An unconnected socket: ReadFromUDP names the sender.
	u, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		panic(err)
	}
	if _, err := u.WriteToUDP([]byte("ping"), pc.LocalAddr().(*net.UDPAddr)); err != nil {
		panic(err)
	}
	n, from, err := u.ReadFromUDP(buf)
	fmt.Printf("%q from server: %v %v\n", buf[:n], from.String() == pc.LocalAddr().String(), err)

	u.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	_, _, err = u.ReadFromUDP(buf)
	fmt.Println("silent:", errors.Is(err, os.ErrDeadlineExceeded), err.(net.Error).Timeout())

	pc.Close()
	time.Sleep(20 * time.Millisecond)
	u.Close()
	c.Close()
}

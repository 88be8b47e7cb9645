// Addresses without sockets: ParseIP and IP.String (IPv4, IPv6 compression, mapped
// forms, invalid text), To4/To16/Equal and the predicates, masks and CIDR, host:port
// splitting and joining, ResolveTCPAddr/ResolveUDPAddr and LookupHost on literals and
// localhost.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{
		"192.0.2.1", "0.0.0.0", "255.255.255.255", "::", "::1", "2001:db8::68",
		"2001:db8:0:0:1:0:0:1", "2001:0db8:0000:0000:0000:0000:0000:0001", "fe80::1:2:3:4",
		"::ffff:192.0.2.1", "1:2:3:4:5:6:7:8", "1::", "1:0:0:0:0:0:0:0", "::2:3:4:5:6:7:8",
		"192.0.2.01", "256.1.1.1", "1.2.3", "1.2.3.4.5", ":::", "1:2:3:4:5:6:7:8:9", "g::1",
		"::1%eth0", "", "abc", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4",
	} {
		ip := net.ParseIP(s)
		fmt.Printf("%-42q %-28v len=%d v4=%v\n", s, ip, len(ip), ip.To4() != nil)
	}
	var nilIP net.IP
	fmt.Println(nilIP, net.IP{1, 2, 3}, net.IPv4(10, 0, 0, 1).Equal(net.IP{10, 0, 0, 1}))
	for _, ip := range []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1"), net.ParseIP("10.1.2.3"), net.ParseIP("224.0.0.1"), net.ParseIP("0.0.0.0"), net.ParseIP("169.254.1.1"), net.ParseIP("8.8.8.8")} {
		fmt.Println(ip, ip.IsLoopback(), ip.IsPrivate(), ip.IsMulticast(), ip.IsUnspecified(), ip.IsLinkLocalUnicast(), ip.IsGlobalUnicast(), ip.DefaultMask())
	}
	ip, n, err := net.ParseCIDR("192.0.2.77/24")
	fmt.Println(ip, n, err, n.Contains(net.ParseIP("192.0.2.1")), n.Contains(net.ParseIP("192.0.3.1")))
	ip, n, err = net.ParseCIDR("2001:db8::1/48")
	fmt.Println(ip, n, err)
	_, _, err = net.ParseCIDR("1.2.3.4/33")
	fmt.Println(err)
	fmt.Println(net.CIDRMask(20, 32), net.IPv4Mask(255, 255, 0, 0).String())
	fmt.Println(net.CIDRMask(20, 32).Size())
	fmt.Println(net.ParseIP("10.11.12.13").Mask(net.CIDRMask(8, 32)))

	for _, hp := range []string{"host:80", "[::1]:443", "[fe80::1%eth0]:8080", ":http", "1.2.3.4:", "host", "::1:80", "[::1]", "[::1]80", "a]:1", "[a:1"} {
		h, p, err := net.SplitHostPort(hp)
		fmt.Printf("%q -> %q %q %v\n", hp, h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("example.com", "http"), net.JoinHostPort("", "0"))

	for _, a := range []string{"127.0.0.1:80", "[::1]:8080", "localhost:http", ":0", "localhost:https"} {
		t, err := net.ResolveTCPAddr("tcp", a)
		fmt.Println(t, err)
	}
	u, err := net.ResolveUDPAddr("udp", "localhost:53")
	fmt.Println(u, err, u.Network())
	fmt.Println(net.LookupHost("localhost"))
	fmt.Println(net.LookupHost("2001:db8::1"))
	fmt.Println(net.LookupPort("tcp", "https"))
	fmt.Println((&net.TCPAddr{IP: net.ParseIP("fe80::1"), Port: 5, Zone: "3"}).String(), (&net.TCPAddr{Port: 9}).String())
	var ta *net.TCPAddr
	fmt.Println(ta.String())
	text, err := net.ParseIP("2001:db8::1").MarshalText()
	fmt.Println(string(text), err)
	var back net.IP
	fmt.Println(back.UnmarshalText([]byte("10.0.0.1")), back, back.UnmarshalText([]byte("x")))
}

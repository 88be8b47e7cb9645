// Address parsing and formatting edge cases of package net (guards the rewrite of
// SplitHostPort, JoinHostPort, the IPv6 parser, CIDR parsing and the address
// predicates): every result is compared with Go's.
package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	for _, hp := range []string{
		"host:80", "[::1]:80", "[::1]", "::1:80", "[::1]x", "[::1]:80:90", "[a]b]:1",
		"a[b:1", "a]b:1", "noport", ":80", "[fe80::1%eth0]:443", "[::1", "h:", "[]:1",
		"a:b:c", "[x]]:1", "[:1",
	} {
		h, p, err := net.SplitHostPort(hp)
		fmt.Printf("split %-22q host=%q port=%q err=%v\n", hp, h, p, err)
		var ae *net.AddrError
		if errors.As(err, &ae) {
			fmt.Printf("  AddrError Err=%q Addr=%q\n", ae.Err, ae.Addr)
		}
	}
	for _, hp := range [][2]string{{"::1", "80"}, {"a", "b"}, {"", "1"}, {"fe80::1%lo", "9"}} {
		fmt.Println("join", net.JoinHostPort(hp[0], hp[1]))
	}
	for _, s := range []string{
		"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::",
		"::1:2:3:4:5:6:7", "1::2::3", ":::", "1:::2", ":1::", "::ffff:1.2.3.4",
		"::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4::",
		"1:2:3:4:5::1.2.3.4", "::ffff:01.2.3.4", "12345::", "abcd::EF01", "fe80::1%eth0",
		"1.2.3.4", "01.2.3.4", "1.2.3", "256.1.1.1", "1.2.3.4.5", "", "::g", "0:0:0:0:0:ffff:a00:1",
		"2001:db8::1:0:0:1", "2001:0:0:1::1",
	} {
		ip := net.ParseIP(s)
		fmt.Printf("parse %-24q %v len=%d\n", s, ip, len(ip))
	}
	for _, s := range []string{"10.0.0.0/8", "192.168.1.5/24", "::1/128", "2001:db8::/33", "1.2.3.4/33", "1.2.3.4/08", "1.2.3.4", "::ffff:1.2.3.4/96", "x/1", "1.2.3.4/-1", "1.2.3.4/"} {
		ip, n, err := net.ParseCIDR(s)
		fmt.Printf("cidr %-20q ip=%v net=%v err=%v\n", s, ip, n, err)
	}
	for _, s := range []string{"0.0.0.0", "::", "127.0.0.1", "127.255.0.1", "::1", "10.1.2.3", "172.16.0.1", "172.32.0.1", "192.168.0.1", "fc00::1", "fe00::1", "224.0.0.1", "ff02::1", "169.254.1.1", "fe80::1", "febf::1", "fec0::1", "8.8.8.8", "255.255.255.255", "2001:db8::1", "::ffff:127.0.0.1"} {
		ip := net.ParseIP(s)
		fmt.Printf("%-18s unspec=%v loop=%v priv=%v multi=%v linklocal=%v global=%v\n", s, ip.IsUnspecified(), ip.IsLoopback(), ip.IsPrivate(), ip.IsMulticast(), ip.IsLinkLocalUnicast(), ip.IsGlobalUnicast())
	}
	odd := net.IP{1, 2, 3}
	fmt.Println(odd.IsLoopback(), odd.IsGlobalUnicast(), odd.To4(), odd.To16(), odd.String())
	v4 := net.IP{10, 1, 2, 3}
	fmt.Println(v4.To16(), len(v4.To16()), v4.Equal(net.ParseIP("10.1.2.3")), net.ParseIP("10.1.2.3").Equal(v4), v4.Equal(net.ParseIP("::1")))
	fmt.Println(v4.Mask(net.CIDRMask(16, 32)), v4.Mask(net.CIDRMask(112, 128)), v4.Mask(net.CIDRMask(16, 128)), net.ParseIP("10.1.2.3").Mask(net.CIDRMask(8, 32)))
	fmt.Println(net.ParseIP("2001:db8::ff").Mask(net.CIDRMask(32, 128)), net.ParseIP("2001:db8::ff").Mask(net.CIDRMask(8, 32)))
	fmt.Println(net.CIDRMask(33, 32), net.CIDRMask(-1, 32), net.CIDRMask(20, 64), net.CIDRMask(20, 32).String())
	for _, ip := range []net.IP{nil, v4, net.ParseIP("::1"), odd} {
		b, err := ip.MarshalText()
		fmt.Printf("marshal %q %v\n", b, err)
	}
	var ip net.IP
	e1 := ip.UnmarshalText([]byte("1.2.3.4"))
	fmt.Println(e1, ip)
	e2 := ip.UnmarshalText([]byte("bad"))
	fmt.Println(e2, ip)
	e3 := ip.UnmarshalText(nil)
	fmt.Println(e3, ip == nil)
	for _, n := range []*net.IPNet{
		{IP: net.ParseIP("1.2.3.4"), Mask: net.CIDRMask(96, 128)},
		{IP: net.ParseIP("1.2.3.0"), Mask: net.CIDRMask(24, 32)},
		{IP: net.IP{1, 2, 3, 0}, Mask: net.CIDRMask(120, 128)},
		{IP: net.ParseIP("2001:db8::"), Mask: net.CIDRMask(24, 32)},
		{IP: net.ParseIP("2001:db8::"), Mask: net.CIDRMask(32, 128)},
		{IP: net.ParseIP("1.2.3.0"), Mask: net.IPMask{255, 0, 255, 0}},
		{IP: net.IP{1, 2, 3}, Mask: net.CIDRMask(8, 32)},
		{IP: net.ParseIP("1.2.3.0"), Mask: net.IPMask{255, 0}},
		{IP: nil, Mask: net.CIDRMask(8, 32)},
	} {
		fmt.Println("ipnet", n.String(), n.Contains(net.ParseIP("1.2.3.9")))
	}
	for _, nw := range []string{"tcp", "tcp4", "tcp6", "", "udp", "ip", "unix", "bogus"} {
		a, err := net.ResolveTCPAddr(nw, "127.0.0.1:80")
		u, err2 := net.ResolveUDPAddr(nw, "[::1]:53")
		i, err3 := net.ResolveIPAddr(nw, "127.0.0.1")
		x, err4 := net.ResolveUnixAddr(nw, "/tmp/sock")
		fmt.Println(nw, a, err, u, err2, i, err3, x, err4)
	}
	_, err := net.ResolveTCPAddr("tcp6", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.ResolveTCPAddr("tcp", "127.0.0.1:99999")
	fmt.Println(err)
	_, err = net.ResolveTCPAddr("tcp", "127.0.0.1:-1")
	fmt.Println(err)
	p, err := net.LookupPort("tcp", "http")
	fmt.Println(p, err)
	p, err = net.LookupPort("udp", "domain")
	fmt.Println(p, err)
	p, err = net.LookupPort("tcp", "no-such-service-x")
	fmt.Println(p, err)
	addrs, err := net.LookupHost("localhost")
	fmt.Println(len(addrs) > 0, err)
	addrs, err = net.LookupHost("192.0.2.7")
	fmt.Println(addrs, err)
	var b net.Buffers = [][]byte{[]byte("ab"), nil, []byte("cde")}
	buf := make([]byte, 4)
	n, err := b.Read(buf)
	fmt.Println(n, err, string(buf[:n]), len(b))
	n, err = b.Read(buf)
	fmt.Println(n, err, string(buf[:n]), len(b))
}

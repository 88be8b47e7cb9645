package net

// Raw socket addresses (Linux's struct sockaddr_in, sockaddr_in6, sockaddr_un) as the
// natives pass them. The family is a host-order uint16 (little-endian on every
// architecture minigo supports), ports are in network order.

const sockaddrSize = 128 // struct sockaddr_storage

func putFamily(b []byte, family int) {
	b[0] = byte(family)
	b[1] = byte(family >> 8)
}

// ipSockaddr encodes ip:port for family (afInet or afInet6); nil for an IP the family
// cannot carry.
func ipSockaddr(family int, ip IP, port int, zone string) []byte {
	switch family {
	case afInet:
		if len(ip) == 0 {
			ip = IPv4zero
		}
		ip4 := ip.To4()
		if ip4 == nil {
			return nil
		}
		b := make([]byte, 16)
		putFamily(b, afInet)
		b[2], b[3] = byte(port>>8), byte(port)
		copy(b[4:8], ip4)
		return b
	case afInet6:
		// No address, 0.0.0.0 and :: all bind the IPv6 wildcard (dual stack).
		ip16 := IPv6zero
		if !ip.IsUnspecified() && len(ip) > 0 {
			ip16 = ip.To16()
		}
		if ip16 == nil {
			return nil
		}
		b := make([]byte, 28)
		putFamily(b, afInet6)
		b[2], b[3] = byte(port>>8), byte(port)
		copy(b[8:24], ip16)
		if zone != "" {
			if ifi := zoneIndex(zone); ifi != 0 {
				b[24], b[25], b[26], b[27] = byte(ifi), byte(ifi>>8), byte(ifi>>16), byte(ifi>>24)
			}
		}
		return b
	}
	return nil
}

// unixSockaddr encodes a path (a leading '@' names the abstract namespace).
func unixSockaddr(name string) []byte {
	b := make([]byte, 2+len(name)+1)
	putFamily(b, afUnix)
	copy(b[2:], name)
	if len(name) > 0 && name[0] == '@' {
		b[2] = 0
		return b[:2+len(name)]
	}
	return b
}

// sockaddrToAddr decodes what the kernel returned, as the Addr type of network net;
// nil if there is no address.
func sockaddrToAddr(net string, sa []byte) Addr {
	if len(sa) < 2 {
		return nil
	}
	family := int(sa[0]) | int(sa[1])<<8
	switch family {
	case afInet:
		if len(sa) < 8 {
			return nil
		}
		ip := IPv4(sa[4], sa[5], sa[6], sa[7])
		port := int(sa[2])<<8 | int(sa[3])
		if isUDP(net) {
			return &UDPAddr{IP: ip, Port: port}
		}
		return &TCPAddr{IP: ip, Port: port}
	case afInet6:
		if len(sa) < 24 {
			return nil
		}
		ip := make(IP, IPv6len)
		copy(ip, sa[8:24])
		port := int(sa[2])<<8 | int(sa[3])
		zone := ""
		if len(sa) >= 28 {
			if ifi := int(sa[24]) | int(sa[25])<<8 | int(sa[26])<<16 | int(sa[27])<<24; ifi != 0 {
				zone = uitoa(uint(ifi))
			}
		}
		if isUDP(net) {
			return &UDPAddr{IP: ip, Port: port, Zone: zone}
		}
		return &TCPAddr{IP: ip, Port: port, Zone: zone}
	case afUnix:
		path := sa[2:]
		if len(path) > 0 && path[0] == 0 {
			// Abstract: shown with a leading '@'.
			b := append([]byte{'@'}, path[1:]...)
			return &UnixAddr{Name: string(b), Net: net}
		}
		for i, c := range path {
			if c == 0 {
				path = path[:i]
				break
			}
		}
		if len(path) == 0 {
			return nil
		}
		return &UnixAddr{Name: string(path), Net: net}
	}
	return nil
}

func isUDP(net string) bool {
	return net == "udp" || net == "udp4" || net == "udp6"
}

// zoneIndex is the interface index of a numeric zone (interface names are not
// supported: minigo has no interface table).
func zoneIndex(zone string) int {
	n, i, ok := parseDecimal(zone)
	if !ok || i != len(zone) {
		return 0
	}
	return n
}

package net

import "strings"

// Addr is an end point of some network: its network's name and its text form (the
// two strings Dial takes for it, for TCP and UDP).
type Addr interface {
	Network() string // "tcp", "udp", "unix", ...
	String() string  // "127.0.0.1:80", "[::1]:443", a socket path, ...
}

// TCPAddr is an IP address and port of TCP.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 scoped addressing zone
}

// Network is always "tcp".
func (a *TCPAddr) Network() string { return "tcp" }

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return JoinHostPort(ipZoneString(a.IP, a.Zone), itoa(a.Port))
}

// UDPAddr is an IP address and port of UDP.
type UDPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 scoped addressing zone
}

// Network is always "udp".
func (a *UDPAddr) Network() string { return "udp" }

func (a *UDPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return JoinHostPort(ipZoneString(a.IP, a.Zone), itoa(a.Port))
}

// IPAddr is an IP address with its optional IPv6 zone.
type IPAddr struct {
	IP   IP
	Zone string // IPv6 scoped addressing zone
}

// Network is always "ip".
func (a *IPAddr) Network() string { return "ip" }

func (a *IPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return ipZoneString(a.IP, a.Zone)
}

// UnixAddr names a Unix domain socket (a path, or @name in the abstract namespace).
type UnixAddr struct {
	Name string
	Net  string
}

// Network is the Net field ("unix", "unixgram", "unixpacket").
func (a *UnixAddr) Network() string { return a.Net }

func (a *UnixAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return a.Name
}

// ipZoneString is the host part of an address: "" for a missing IP.
func ipZoneString(ip IP, zone string) string {
	if len(ip) == 0 {
		return ""
	}
	if zone != "" {
		return ip.String() + "%" + zone
	}
	return ip.String()
}

// SplitHostPort cuts "host:port" (the host may carry a %zone; an IPv6 host is
// written in brackets, "[::1]:80") into its host and port parts.
func SplitHostPort(hostport string) (host, port string, err error) {
	colon := strings.LastIndexByte(hostport, ':')
	if colon < 0 {
		return "", "", addrError("missing port in address", hostport)
	}
	// Brackets may appear only around the host: no '[' after the first byte, no ']'
	// after the host's closing one.
	mayOpen, mayClose := hostport, hostport
	why := ""
	if strings.HasPrefix(hostport, "[") {
		shut := strings.IndexByte(hostport, ']')
		switch {
		case shut < 0:
			why = "missing ']' in address"
		case shut+1 == colon:
			host = hostport[1:shut]
			mayOpen, mayClose = hostport[1:], hostport[colon:]
		case shut+1 < len(hostport) && hostport[shut+1] == ':':
			why = "too many colons in address"
		default:
			why = "missing port in address"
		}
	} else {
		host = hostport[:colon]
		if strings.Contains(host, ":") {
			why = "too many colons in address"
		}
	}
	switch {
	case why != "":
	case strings.Contains(mayOpen, "["):
		why = "unexpected '[' in address"
	case strings.Contains(mayClose, "]"):
		why = "unexpected ']' in address"
	}
	if why != "" {
		return "", "", addrError(why, hostport)
	}
	return host, hostport[colon+1:], nil
}

// addrError is the *AddrError "address addr: why".
func addrError(why, addr string) *AddrError {
	return &AddrError{why, addr}
}

// JoinHostPort is the inverse of SplitHostPort: "host:port", with the host in brackets
// when it contains a colon (IPv6).
func JoinHostPort(host, port string) string {
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return host + ":" + port
}

// checkNetwork accepts network when it is one of names; an empty network stands for
// dflt (when dflt is not empty itself).
func checkNetwork(network, dflt string, names ...string) (string, error) {
	if network == "" {
		network = dflt
	}
	for _, n := range names {
		if n == network && n != "" {
			return n, nil
		}
	}
	return "", UnknownNetworkError(network)
}

// ResolveTCPAddr returns an address of TCP end point: network "tcp", "tcp4" or
// "tcp6", address "host:port" (host a literal IP or a name of the hosts file).
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	nw, err := checkNetwork(network, "tcp", "tcp", "tcp4", "tcp6")
	if err != nil {
		return nil, err
	}
	ip, port, zone, err := resolveIPPort(nw, address, false)
	if err != nil {
		return nil, err
	}
	return &TCPAddr{ip, port, zone}, nil
}

// ResolveUDPAddr returns an address of UDP end point: network "udp", "udp4" or
// "udp6".
func ResolveUDPAddr(network, address string) (*UDPAddr, error) {
	nw, err := checkNetwork(network, "udp", "udp", "udp4", "udp6")
	if err != nil {
		return nil, err
	}
	ip, port, zone, err := resolveIPPort(nw, address, false)
	if err != nil {
		return nil, err
	}
	return &UDPAddr{ip, port, zone}, nil
}

// ResolveIPAddr resolves a host (literal or from the hosts file) for network "ip",
// "ip4" or "ip6".
func ResolveIPAddr(network, address string) (*IPAddr, error) {
	nw, err := checkNetwork(network, "ip", "ip", "ip4", "ip6")
	if err != nil {
		return nil, err
	}
	ips, zone, err := lookupIPZone(address)
	if err != nil {
		return nil, err
	}
	if ip := pickIP(nw, ips); ip != nil {
		return &IPAddr{ip, zone}, nil
	}
	return nil, addrError(noSuitableAddress, address)
}

// ResolveUnixAddr makes the UnixAddr of a socket path for network "unix",
// "unixgram" or "unixpacket".
func ResolveUnixAddr(network, address string) (*UnixAddr, error) {
	nw, err := checkNetwork(network, "", "unix", "unixgram", "unixpacket")
	if err != nil {
		return nil, err
	}
	return &UnixAddr{address, nw}, nil
}

// resolveIPPort splits and resolves "host:port" for an IP network; an empty host is
// a nil IP (any address when listening, the local system when dialing).
func resolveIPPort(network, address string, listen bool) (IP, int, string, error) {
	host, service, err := SplitHostPort(address)
	if err != nil {
		return nil, 0, "", err
	}
	port, err := parsePort(network, service)
	if err != nil {
		return nil, 0, "", err
	}
	if host == "" {
		return nil, port, "", nil
	}
	ips, zone, err := lookupIPZone(host)
	if err != nil {
		return nil, 0, "", err
	}
	ip := pickIP(network, ips)
	if ip == nil {
		return nil, 0, "", addrError(noSuitableAddress, host)
	}
	return ip, port, zone, nil
}

// pickIP chooses the address of a lookup a network uses: IPv4 first except for the
// "6" networks.
func pickIP(network string, ips []IP) IP {
	want6 := strings.HasSuffix(network, "6")
	want4 := strings.HasSuffix(network, "4")
	for _, ip := range ips {
		if ip.To4() != nil && !want6 {
			return ip
		}
	}
	for _, ip := range ips {
		if ip.To4() == nil && !want4 {
			return ip
		}
	}
	return nil
}

// parsePort parses a decimal port or a service name of /etc/services.
func parsePort(network, service string) (int, error) {
	if service == "" {
		return 0, nil
	}
	digits := service
	if digits[0] == '+' || digits[0] == '-' {
		digits = digits[1:]
	}
	if n, i, ok := parseDecimal(digits); i == len(digits) && i > 0 {
		if ok && n <= 0xffff && service[0] != '-' {
			return n, nil
		}
		return 0, addrError("invalid port", service)
	}
	if p, ok := lookupService(network, service); ok {
		return p, nil
	}
	proto := "tcp"
	if isUDP(network) {
		proto = "udp"
	}
	return 0, &DNSError{Err: "unknown port", Name: proto + "/" + service, IsNotFound: true}
}

// lookupService finds a service name in /etc/services (or Go's small built-in table).
func lookupService(network, service string) (int, bool) {
	proto := "tcp"
	if isUDP(network) {
		proto = "udp"
	}
	service = strings.ToLower(service)
	port, found := 0, false
	eachConfigLine("/etc/services", func(f []string) {
		// name port/proto alias...
		num, p, ok := strings.Cut(f[1], "/")
		if found || !ok || p != proto {
			return
		}
		n, used, ok := parseDecimal(num)
		if !ok || used != len(num) {
			return
		}
		for i, name := range f {
			if i != 1 && strings.ToLower(name) == service {
				port, found = n, true
				return
			}
		}
	})
	if found {
		return port, true
	}
	builtin := map[string]int{
		"domain": 53, "ftp": 21, "ftps": 990, "gopher": 70, "http": 80, "https": 443,
		"imap2": 143, "imap3": 220, "imaps": 993, "pop3": 110, "pop3s": 995, "smtp": 25,
		"submissions": 465, "ssh": 22, "telnet": 23,
	}
	if proto == "udp" {
		builtin = map[string]int{"domain": 53}
	}
	p, ok := builtin[service]
	return p, ok
}

package net

// IP address lengths (bytes).
const (
	IPv4len = 4
	IPv6len = 16
)

// An IP is a single IP address, a slice of bytes: 4 bytes (IPv4) or 16 bytes (IPv6).
// An IPv4 address may be held in 16 bytes, in the IPv4-in-IPv6 form ::ffff:a.b.c.d.
type IP []byte

// An IPMask is a bitmask that can be used to manipulate IP addresses for IP
// addressing and routing.
type IPMask []byte

// An IPNet represents an IP network.
type IPNet struct {
	IP   IP     // network number
	Mask IPMask // network mask
}

var v4InV6Prefix = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}

// Well-known IPv4 addresses.
var (
	IPv4bcast     = IPv4(255, 255, 255, 255) // limited broadcast
	IPv4allsys    = IPv4(224, 0, 0, 1)       // all systems
	IPv4allrouter = IPv4(224, 0, 0, 2)       // all routers
	IPv4zero      = IPv4(0, 0, 0, 0)         // all zeros
)

// Well-known IPv6 addresses.
var (
	IPv6zero                   = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6unspecified            = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6loopback               = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	IPv6interfacelocalallnodes = IP{0xff, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallnodes      = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallrouters    = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02}
)

// IPv4 returns the IP address (in 16-byte form) of the IPv4 address a.b.c.d.
func IPv4(a, b, c, d byte) IP {
	p := make(IP, IPv6len)
	copy(p, v4InV6Prefix)
	p[12], p[13], p[14], p[15] = a, b, c, d
	return p
}

// IPv4Mask returns the IP mask (in 4-byte form) of the IPv4 mask a.b.c.d.
func IPv4Mask(a, b, c, d byte) IPMask {
	return IPMask{a, b, c, d}
}

// CIDRMask returns an IPMask of ones 1 bits followed by 0s up to a total length of
// bits bits; nil if the arguments are invalid.
func CIDRMask(ones, bits int) IPMask {
	if bits != 8*IPv4len && bits != 8*IPv6len {
		return nil
	}
	if ones < 0 || ones > bits {
		return nil
	}
	m := make(IPMask, bits/8)
	for i := range m {
		switch {
		case ones >= 8:
			m[i] = 0xff
			ones -= 8
		case ones > 0:
			m[i] = ^byte(0xff >> ones)
			ones = 0
		}
	}
	return m
}

// Size returns the number of leading ones and total bits in the mask; 0, 0 if the
// mask is not canonical (ones then zeros).
func (m IPMask) Size() (ones, bits int) {
	zeros := false
	for _, b := range m {
		for i := 7; i >= 0; i-- {
			if b&(1<<uint(i)) != 0 {
				if zeros {
					return 0, 0
				}
				ones++
			} else {
				zeros = true
			}
		}
	}
	return ones, len(m) * 8
}

// String returns the hexadecimal form of m, with no punctuation.
func (m IPMask) String() string {
	if len(m) == 0 {
		return "<nil>"
	}
	return hexString(m)
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	s := make([]byte, 0, len(b)*2)
	for _, c := range b {
		s = append(s, digits[c>>4], digits[c&0xf])
	}
	return string(s)
}

// DefaultMask returns the default IP mask for the IP address ip (nil for IPv6).
func (ip IP) DefaultMask() IPMask {
	if ip = ip.To4(); ip == nil {
		return nil
	}
	switch {
	case ip[0] < 0x80:
		return IPv4Mask(0xff, 0, 0, 0)
	case ip[0] < 0xC0:
		return IPv4Mask(0xff, 0xff, 0, 0)
	default:
		return IPv4Mask(0xff, 0xff, 0xff, 0)
	}
}

// Mask returns the result of masking the IP address ip with mask.
func (ip IP) Mask(mask IPMask) IP {
	if len(mask) == IPv6len && len(ip) == IPv4len && allFF(mask[:12]) {
		mask = mask[12:]
	}
	if len(mask) == IPv4len && len(ip) == IPv6len && bytesEqual(ip[:12], v4InV6Prefix) {
		ip = ip[12:]
	}
	n := len(ip)
	if n != len(mask) {
		return nil
	}
	out := make(IP, n)
	for i := 0; i < n; i++ {
		out[i] = ip[i] & mask[i]
	}
	return out
}

func allFF(b []byte) bool {
	for _, c := range b {
		if c != 0xff {
			return false
		}
	}
	return true
}

func bytesEqual(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// To4 converts the IPv4 address ip to a 4-byte representation; nil if ip is not IPv4.
func (ip IP) To4() IP {
	if len(ip) == IPv4len {
		return ip
	}
	if len(ip) == IPv6len && bytesEqual(ip[:12], v4InV6Prefix) {
		return ip[12:16]
	}
	return nil
}

// To16 converts the IP address ip to a 16-byte representation; nil if ip is not an IP
// address (its length is neither 4 nor 16).
func (ip IP) To16() IP {
	if len(ip) == IPv4len {
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	if len(ip) == IPv6len {
		return ip
	}
	return nil
}

// Equal reports whether ip and x are the same IP address. An IPv4 address and that
// same address in IPv6 form are considered to be equal.
func (ip IP) Equal(x IP) bool {
	if len(ip) == len(x) {
		return bytesEqual(ip, x)
	}
	if len(ip) == IPv4len && len(x) == IPv6len {
		return bytesEqual(x[0:12], v4InV6Prefix) && bytesEqual(ip, x[12:])
	}
	if len(ip) == IPv6len && len(x) == IPv4len {
		return bytesEqual(ip[0:12], v4InV6Prefix) && bytesEqual(ip[12:], x)
	}
	return false
}

// IsUnspecified reports whether ip is an unspecified address, either the IPv4 address
// "0.0.0.0" or the IPv6 address "::".
func (ip IP) IsUnspecified() bool {
	return ip.Equal(IPv4zero) || ip.Equal(IPv6unspecified)
}

// IsLoopback reports whether ip is a loopback address.
func (ip IP) IsLoopback() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 127
	}
	return ip.Equal(IPv6loopback)
}

// IsPrivate reports whether ip is a private address (RFC 1918 for IPv4, RFC 4193 for
// IPv6).
func (ip IP) IsPrivate() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 10 || (ip4[0] == 172 && ip4[1]&0xf0 == 16) || (ip4[0] == 192 && ip4[1] == 168)
	}
	return len(ip) == IPv6len && ip[0]&0xfe == 0xfc
}

// IsMulticast reports whether ip is a multicast address.
func (ip IP) IsMulticast() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0]&0xf0 == 0xe0
	}
	return len(ip) == IPv6len && ip[0] == 0xff
}

// IsLinkLocalUnicast reports whether ip is a link-local unicast address.
func (ip IP) IsLinkLocalUnicast() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 169 && ip4[1] == 254
	}
	return len(ip) == IPv6len && ip[0] == 0xfe && ip[1]&0xc0 == 0x80
}

// IsGlobalUnicast reports whether ip is a global unicast address.
func (ip IP) IsGlobalUnicast() bool {
	return (len(ip) == IPv4len || len(ip) == IPv6len) &&
		!ip.Equal(IPv4bcast) && !ip.IsUnspecified() && !ip.IsLoopback() &&
		!ip.IsMulticast() && !ip.IsLinkLocalUnicast()
}

// String returns the string form of the IP address ip: dotted decimal for an IPv4
// address (also in 16-byte form), RFC 5952 form for IPv6, "<nil>" for a nil IP, and
// "?" followed by the hexadecimal bytes for an IP of another length.
func (ip IP) String() string {
	if len(ip) == 0 {
		return "<nil>"
	}
	if ip4 := ip.To4(); ip4 != nil && (len(ip) == IPv4len || len(ip) == IPv6len) {
		b := make([]byte, 0, 15)
		for i, c := range ip4 {
			if i > 0 {
				b = append(b, '.')
			}
			b = appendUint(b, uint(c))
		}
		return string(b)
	}
	if len(ip) != IPv6len {
		return "?" + hexString(ip)
	}
	// The longest run (at least two) of zero groups becomes "::"; the first wins a tie.
	bestStart, bestLen := -1, 0
	for i := 0; i < 8; {
		if ip[2*i] != 0 || ip[2*i+1] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && ip[2*j] == 0 && ip[2*j+1] == 0 {
			j++
		}
		if j-i > bestLen && j-i >= 2 {
			bestStart, bestLen = i, j-i
		}
		i = j
	}
	const digits = "0123456789abcdef"
	b := make([]byte, 0, 39)
	for i := 0; i < 8; i++ {
		if i == bestStart {
			b = append(b, ':', ':')
			i += bestLen - 1
			continue
		}
		if i > 0 && i != bestStart+bestLen {
			b = append(b, ':')
		}
		v := uint(ip[2*i])<<8 | uint(ip[2*i+1])
		started := false
		for shift := 12; shift >= 0; shift -= 4 {
			d := (v >> uint(shift)) & 0xf
			if d != 0 || started || shift == 0 {
				b = append(b, digits[d])
				started = true
			}
		}
	}
	return string(b)
}

// MarshalText implements encoding.TextMarshaler.
func (ip IP) MarshalText() ([]byte, error) {
	if len(ip) == 0 {
		return []byte(""), nil
	}
	if len(ip) != IPv4len && len(ip) != IPv6len {
		return nil, &AddrError{Err: "invalid IP address", Addr: hexString(ip)}
	}
	return []byte(ip.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (ip *IP) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*ip = nil
		return nil
	}
	s := string(text)
	x := ParseIP(s)
	if x == nil {
		return &ParseError{Type: "IP address", Text: s}
	}
	*ip = x
	return nil
}

// Contains reports whether the network includes ip.
func (n *IPNet) Contains(ip IP) bool {
	nn, m := n.IP, n.Mask
	if x := nn.To4(); x != nil {
		nn = x
	}
	if x := ip.To4(); x != nil {
		ip = x
	}
	l := len(ip)
	if l != len(nn) {
		return false
	}
	if len(m) == IPv6len && l == IPv4len {
		m = m[12:]
	}
	if len(m) != l {
		return false
	}
	for i := 0; i < l; i++ {
		if nn[i]&m[i] != ip[i]&m[i] {
			return false
		}
	}
	return true
}

// Network returns the address's network name, "ip+net".
func (n *IPNet) Network() string { return "ip+net" }

// String returns the CIDR notation of n like "192.0.2.0/24" or "2001:db8::/48".
func (n *IPNet) String() string {
	if n == nil {
		return "<nil>"
	}
	ones, bits := n.Mask.Size()
	ip := n.IP
	if ip4 := ip.To4(); ip4 != nil && len(n.Mask) == IPv4len {
		ip = ip4
	}
	if bits == 0 {
		return ip.String() + "/" + n.Mask.String()
	}
	return ip.String() + "/" + uitoa(uint(ones))
}

// ParseIP parses s as an IP address, returning the result: dotted decimal IPv4
// ("192.0.2.1"), IPv6 ("2001:db8::68") or IPv4-mapped IPv6 ("::ffff:192.0.2.1"). An
// IPv4 result is in 16-byte form. Nil if s is not a valid textual IP address.
func ParseIP(s string) IP {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			if ip4, ok := parseIPv4(s); ok {
				return IPv4(ip4[0], ip4[1], ip4[2], ip4[3])
			}
			return nil
		case ':':
			ip, zone := parseIPv6(s)
			if ip == nil || zone != "" {
				return nil
			}
			return ip
		}
	}
	return nil
}

// ParseCIDR parses s as a CIDR notation IP address and prefix length.
func ParseCIDR(s string) (IP, *IPNet, error) {
	i := -1
	for j := 0; j < len(s); j++ {
		if s[j] == '/' {
			i = j
			break
		}
	}
	if i < 0 {
		return nil, nil, &ParseError{Type: "CIDR address", Text: s}
	}
	addr, mask := s[:i], s[i+1:]
	iplen := IPv4len
	ip := ParseIP(addr)
	if ip != nil && ip.To4() == nil {
		iplen = IPv6len
	} else if ip != nil {
		hasColon := false
		for j := 0; j < len(addr); j++ {
			if addr[j] == ':' {
				hasColon = true
			}
		}
		if hasColon {
			iplen = IPv6len
		}
	}
	n, k, ok := dtoi(mask)
	if ip == nil || !ok || k != len(mask) || n < 0 || n > 8*iplen || (len(mask) > 1 && mask[0] == '0') {
		return nil, nil, &ParseError{Type: "CIDR address", Text: s}
	}
	m := CIDRMask(n, 8*iplen)
	return ip, &IPNet{IP: ip.Mask(m), Mask: m}, nil
}

// parseIPv4 parses dotted decimal without leading zeros.
func parseIPv4(s string) ([4]byte, bool) {
	var out [4]byte
	for i := 0; i < 4; i++ {
		if i > 0 {
			if len(s) == 0 || s[0] != '.' {
				return out, false
			}
			s = s[1:]
		}
		n, c, ok := dtoi(s)
		if !ok || n > 0xff || c > 3 || (c > 1 && s[0] == '0') {
			return out, false
		}
		s = s[c:]
		out[i] = byte(n)
	}
	return out, len(s) == 0
}

// parseIPv6 parses an IPv6 address with an optional "%zone".
func parseIPv6(s string) (IP, string) {
	zone := ""
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			s, zone = s[:i], s[i+1:]
			if zone == "" {
				return nil, ""
			}
			break
		}
	}
	ip := make(IP, IPv6len)
	ellipsis := -1
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis = 0
		s = s[2:]
		if len(s) == 0 {
			return ip, zone
		}
	}
	i := 0
	for i < IPv6len {
		n, c, ok := xtoi(s)
		if !ok || n > 0xffff {
			return nil, ""
		}
		if c < len(s) && s[c] == '.' {
			// An embedded IPv4 address ends the address.
			if ellipsis < 0 && i != IPv6len-IPv4len {
				return nil, ""
			}
			if i+IPv4len > IPv6len {
				return nil, ""
			}
			ip4, ok := parseIPv4(s)
			if !ok {
				return nil, ""
			}
			copy(ip[i:], ip4[:])
			i += IPv4len
			s = ""
			break
		}
		ip[i], ip[i+1] = byte(n>>8), byte(n)
		i += 2
		s = s[c:]
		if len(s) == 0 {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return nil, ""
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return nil, ""
			}
			ellipsis = i
			s = s[1:]
			if len(s) == 0 {
				break
			}
		}
	}
	if len(s) != 0 {
		return nil, ""
	}
	if i < IPv6len {
		if ellipsis < 0 {
			return nil, ""
		}
		n := IPv6len - i
		for j := i - 1; j >= ellipsis; j-- {
			ip[j+n] = ip[j]
		}
		for j := ellipsis + n - 1; j >= ellipsis; j-- {
			ip[j] = 0
		}
	} else if ellipsis >= 0 {
		return nil, ""
	}
	return ip, zone
}

// dtoi parses a decimal prefix of s: value, bytes used, ok (at least one digit, no
// overflow past 0xFFFFFF).
func dtoi(s string) (n int, i int, ok bool) {
	const big = 0xFFFFFF
	for i = 0; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
		if n >= big {
			return big, i, false
		}
	}
	if i == 0 {
		return 0, 0, false
	}
	return n, i, true
}

// xtoi parses a hexadecimal prefix of s (at most 4 digits).
func xtoi(s string) (n int, i int, ok bool) {
	for i = 0; i < len(s); i++ {
		c := s[i]
		var d int
		switch {
		case '0' <= c && c <= '9':
			d = int(c - '0')
		case 'a' <= c && c <= 'f':
			d = int(c-'a') + 10
		case 'A' <= c && c <= 'F':
			d = int(c-'A') + 10
		default:
			return n, i, i > 0
		}
		if i >= 4 {
			return 0, i, false
		}
		n = n*16 + d
	}
	return n, i, i > 0
}

func appendUint(b []byte, v uint) []byte {
	if v >= 10 {
		b = appendUint(b, v/10)
	}
	return append(b, byte('0'+v%10))
}

func uitoa(v uint) string {
	return string(appendUint(nil, v))
}

func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
}

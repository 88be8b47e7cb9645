package net

// Lengths in bytes of IPv4 and IPv6 addresses.
const (
	IPv4len = 4
	IPv6len = 16
)

// IP is an address in 4 (IPv4) or 16 bytes (IPv6, or IPv4 mapped as ::ffff:a.b.c.d).
type IP []byte

// IPMask is a network mask of 4 or 16 bytes.
type IPMask []byte

// IPNet is a network: an address and its mask.
type IPNet struct {
	IP   IP
	Mask IPMask
}

var mappedV4Prefix = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}

// IPv4 addresses with names (in 16-byte form).
var (
	IPv4bcast     = IPv4(255, 255, 255, 255)
	IPv4allsys    = IPv4(224, 0, 0, 1)
	IPv4allrouter = IPv4(224, 0, 0, 2)
	IPv4zero      = IPv4(0, 0, 0, 0)
)

// IPv6 addresses with names.
var (
	IPv6zero                   = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6unspecified            = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6loopback               = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	IPv6interfacelocalallnodes = IP{0xff, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallnodes      = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallrouters    = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02}
)

// IPv4 makes a.b.c.d, in 16 bytes.
func IPv4(a, b, c, d byte) IP {
	p := make(IP, IPv6len)
	copy(p, mappedV4Prefix)
	p[12], p[13], p[14], p[15] = a, b, c, d
	return p
}

// IPv4Mask makes the 4-byte mask a.b.c.d.
func IPv4Mask(a, b, c, d byte) IPMask {
	return IPMask{a, b, c, d}
}

// CIDRMask makes the mask of a /ones prefix in an address of bits bits (32 or 128);
// nil for other arguments.
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

// Size: the prefix length and the mask's bits; 0, 0 unless the mask is ones then zeros.
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

// String is the mask in hexadecimal, two digits a byte.
func (m IPMask) String() string {
	if len(m) == 0 {
		return "<nil>"
	}
	return hexDigits(m)
}

func hexDigits(b []byte) string {
	const digits = "0123456789abcdef"
	s := make([]byte, 0, len(b)*2)
	for _, c := range b {
		s = append(s, digits[c>>4], digits[c&0xf])
	}
	return string(s)
}

// DefaultMask is the classful mask (A, B, C) of an IPv4 address; nil for IPv6.
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

// Mask keeps the bits of ip that mask sets (nil when their lengths do not match).
func (ip IP) Mask(mask IPMask) IP {
	if len(mask) == IPv6len && len(ip) == IPv4len && allFF(mask[:12]) {
		mask = mask[12:]
	}
	if len(mask) == IPv4len && len(ip) == IPv6len && bytesEqual(ip[:12], mappedV4Prefix) {
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

// To4 is ip in 4 bytes, or nil if it is not an IPv4 address.
func (ip IP) To4() IP {
	if len(ip) == IPv4len {
		return ip
	}
	if len(ip) == IPv6len && bytesEqual(ip[:12], mappedV4Prefix) {
		return ip[12:16]
	}
	return nil
}

// To16 is ip in 16 bytes, or nil if its length is neither 4 nor 16.
func (ip IP) To16() IP {
	if len(ip) == IPv4len {
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	if len(ip) == IPv6len {
		return ip
	}
	return nil
}

// Equal compares addresses, the 4- and 16-byte forms of an IPv4 address being equal.
func (ip IP) Equal(x IP) bool {
	if len(ip) == len(x) {
		return bytesEqual(ip, x)
	}
	if len(ip) == IPv4len && len(x) == IPv6len {
		return bytesEqual(x[0:12], mappedV4Prefix) && bytesEqual(ip, x[12:])
	}
	if len(ip) == IPv6len && len(x) == IPv4len {
		return bytesEqual(ip[0:12], mappedV4Prefix) && bytesEqual(ip[12:], x)
	}
	return false
}

// IsUnspecified: 0.0.0.0 or ::.
func (ip IP) IsUnspecified() bool {
	return ip.Equal(IPv4zero) || ip.Equal(IPv6unspecified)
}

// IsLoopback: 127.0.0.0/8 or ::1.
func (ip IP) IsLoopback() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 127
	}
	return ip.Equal(IPv6loopback)
}

// IsPrivate: 10/8, 172.16/12, 192.168/16 (RFC 1918) or fc00::/7 (RFC 4193).
func (ip IP) IsPrivate() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 10 || (ip4[0] == 172 && ip4[1]&0xf0 == 16) || (ip4[0] == 192 && ip4[1] == 168)
	}
	return len(ip) == IPv6len && ip[0]&0xfe == 0xfc
}

// IsMulticast: 224.0.0.0/4 or ff00::/8.
func (ip IP) IsMulticast() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0]&0xf0 == 0xe0
	}
	return len(ip) == IPv6len && ip[0] == 0xff
}

// IsLinkLocalUnicast: 169.254.0.0/16 or fe80::/10.
func (ip IP) IsLinkLocalUnicast() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 169 && ip4[1] == 254
	}
	return len(ip) == IPv6len && ip[0] == 0xfe && ip[1]&0xc0 == 0x80
}

// IsGlobalUnicast: a valid address that is none of broadcast, unspecified, loopback,
// multicast and link-local.
func (ip IP) IsGlobalUnicast() bool {
	return (len(ip) == IPv4len || len(ip) == IPv6len) &&
		!ip.Equal(IPv4bcast) && !ip.IsUnspecified() && !ip.IsLoopback() &&
		!ip.IsMulticast() && !ip.IsLinkLocalUnicast()
}

// String: dotted decimal for IPv4 (in either length), RFC 5952 text for IPv6, "<nil>"
// when empty, "?" and hexadecimal bytes for any other length.
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
		return "?" + hexDigits(ip)
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

// MarshalText is String as bytes (empty for a nil IP).
func (ip IP) MarshalText() ([]byte, error) {
	if len(ip) == 0 {
		return []byte(""), nil
	}
	if len(ip) != IPv4len && len(ip) != IPv6len {
		return nil, &AddrError{Err: "invalid IP address", Addr: hexDigits(ip)}
	}
	return []byte(ip.String()), nil
}

// UnmarshalText parses an address (empty text: nil).
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

// Contains says whether ip is inside the network.
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

// Network is always "ip+net".
func (n *IPNet) Network() string { return "ip+net" }

// String is the network in CIDR form, address/prefix-length.
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

// ParseIP reads an IPv4 (dotted decimal, no leading zeros) or IPv6 address; IPv4
// results are 16 bytes long. Nil when s is not an address.
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

// ParseCIDR reads "address/prefix-length": the address and its network.
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
	n, k, ok := parseDecimal(mask)
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
		n, c, ok := parseDecimal(s)
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
		n, c, ok := parseHex(s)
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

// parseDecimal parses a decimal prefix of s: value, bytes used, ok (at least one digit, no
// overflow past 0xFFFFFF).
func parseDecimal(s string) (n int, i int, ok bool) {
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

// parseHex parses a hexadecimal prefix of s (at most 4 digits).
func parseHex(s string) (n int, i int, ok bool) {
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

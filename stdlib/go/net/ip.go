package net

import "strings"

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
	if (bits != 32 && bits != 128) || ones < 0 || ones > bits {
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
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = hexDigit(c>>4), hexDigit(c&0xf)
	}
	return string(out)
}

// hexDigit is the lower-case hexadecimal digit of d < 16.
func hexDigit(d byte) byte {
	if d < 10 {
		return '0' + d
	}
	return 'a' + d - 10
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
	// An IPv4 address meets a 16-byte mask whose first 96 bits are set, or a 16-byte
	// IPv4 address a 4-byte mask: both sides are taken in their 4-byte forms.
	if len(ip) != len(mask) {
		if short := ip.To4(); short != nil {
			ip = short
			if len(mask) == IPv6len && allFF(mask[:12]) {
				mask = mask[12:]
			}
		}
	}
	if len(ip) != len(mask) {
		return nil
	}
	out := make(IP, len(ip))
	for i := range out {
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
	return string(a) == string(b)
}

// To4 is ip in 4 bytes, or nil if it is not an IPv4 address.
func (ip IP) To4() IP {
	switch {
	case len(ip) == IPv4len:
		return ip
	case len(ip) == IPv6len && bytesEqual(ip[:12], mappedV4Prefix):
		return ip[12:]
	}
	return nil
}

// To16 is ip in 16 bytes, or nil if its length is neither 4 nor 16.
func (ip IP) To16() IP {
	switch len(ip) {
	case IPv6len:
		return ip
	case IPv4len:
		long := make(IP, IPv6len)
		copy(long[copy(long, mappedV4Prefix):], ip)
		return long
	}
	return nil
}

// Equal compares addresses, the 4- and 16-byte forms of an IPv4 address being equal.
func (ip IP) Equal(x IP) bool {
	if len(ip) == len(x) {
		return bytesEqual(ip, x)
	}
	a, b := ip.To4(), x.To4()
	return a != nil && b != nil && bytesEqual(a, b)
}

// An address block: the addresses whose first bits bits are those of prefix.
type ipBlock struct {
	prefix []byte
	bits   int
}

// within says whether ip is an IPv4 address (in either length) inside one of the blocks
// v4, or a 16-byte IPv6 address inside one of the blocks v6.
func (ip IP) within(v4, v6 []ipBlock) bool {
	addr, blocks := ip.To4(), v4
	if addr == nil {
		if len(ip) != IPv6len {
			return false
		}
		addr, blocks = ip, v6
	}
	for _, blk := range blocks {
		if blk.holds(addr) {
			return true
		}
	}
	return false
}

func (blk ipBlock) holds(addr []byte) bool {
	for i, left := 0, blk.bits; left > 0; i, left = i+1, left-8 {
		keep := byte(0xff)
		if left < 8 {
			keep <<= 8 - left
		}
		if (addr[i]^blk.prefix[i])&keep != 0 {
			return false
		}
	}
	return true
}

// The special address blocks (RFC 6890 and its sources).
var (
	unspecifiedV4 = []ipBlock{{[]byte{0, 0, 0, 0}, 32}}
	unspecifiedV6 = []ipBlock{{make([]byte, 16), 128}}
	loopbackV4    = []ipBlock{{[]byte{127}, 8}}
	loopbackV6    = []ipBlock{{[]byte{15: 1}, 128}}
	privateV4     = []ipBlock{{[]byte{10}, 8}, {[]byte{172, 16}, 12}, {[]byte{192, 168}, 16}}
	privateV6     = []ipBlock{{[]byte{0xfc}, 7}}
	multicastV4   = []ipBlock{{[]byte{224}, 4}}
	multicastV6   = []ipBlock{{[]byte{0xff}, 8}}
	linkLocalV4   = []ipBlock{{[]byte{169, 254}, 16}}
	linkLocalV6   = []ipBlock{{[]byte{0xfe, 0x80}, 10}}
)

// IsUnspecified: 0.0.0.0 or ::.
func (ip IP) IsUnspecified() bool { return ip.within(unspecifiedV4, unspecifiedV6) }

// IsLoopback: 127.0.0.0/8 or ::1.
func (ip IP) IsLoopback() bool { return ip.within(loopbackV4, loopbackV6) }

// IsPrivate: 10/8, 172.16/12, 192.168/16 (RFC 1918) or fc00::/7 (RFC 4193).
func (ip IP) IsPrivate() bool { return ip.within(privateV4, privateV6) }

// IsMulticast: 224.0.0.0/4 or ff00::/8.
func (ip IP) IsMulticast() bool { return ip.within(multicastV4, multicastV6) }

// IsLinkLocalUnicast: 169.254.0.0/16 or fe80::/10.
func (ip IP) IsLinkLocalUnicast() bool { return ip.within(linkLocalV4, linkLocalV6) }

// IsGlobalUnicast: a valid address that is none of broadcast, unspecified, loopback,
// multicast and link-local.
func (ip IP) IsGlobalUnicast() bool {
	switch {
	case len(ip) != IPv4len && len(ip) != IPv6len:
		return false
	case ip.Equal(IPv4bcast):
		return false
	}
	special := ip.IsUnspecified() || ip.IsLoopback() || ip.IsMulticast() || ip.IsLinkLocalUnicast()
	return !special
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
				b = append(b, hexDigit(byte(d)))
				started = true
			}
		}
	}
	return string(b)
}

// MarshalText is String as bytes (empty for a nil IP).
func (ip IP) MarshalText() ([]byte, error) {
	switch len(ip) {
	case 0:
		return []byte{}, nil
	case IPv4len, IPv6len:
		return append([]byte(nil), ip.String()...), nil
	}
	return nil, addrError("invalid IP address", hexDigits(ip))
}

// UnmarshalText parses an address (empty text: nil).
func (ip *IP) UnmarshalText(text []byte) error {
	var parsed IP
	if len(text) > 0 {
		if parsed = ParseIP(string(text)); parsed == nil {
			return parseError("IP address", string(text))
		}
	}
	*ip = parsed
	return nil
}

// parseError is the *ParseError "invalid what: text".
func parseError(what, text string) *ParseError {
	return &ParseError{what, text}
}

// netAndMask is the network's address and mask in matching lengths (an IPv4 network in
// 4 bytes, its 16-byte mask cut to the last 4); nil, nil when they do not fit.
func (n *IPNet) netAndMask() (IP, IPMask) {
	ip, m := n.IP.To4(), n.Mask
	if ip == nil {
		if ip = n.IP; len(ip) != IPv6len {
			return nil, nil
		}
	}
	switch {
	case len(m) == len(ip):
	case len(m) == IPv6len && len(ip) == IPv4len:
		m = m[12:]
	default:
		return nil, nil
	}
	return ip, m
}

// Contains says whether ip is inside the network.
func (n *IPNet) Contains(ip IP) bool {
	nw, m := n.netAndMask()
	if short := ip.To4(); short != nil {
		ip = short
	}
	if nw == nil || len(ip) != len(nw) {
		return false
	}
	for i := range ip {
		if (nw[i]^ip[i])&m[i] != 0 {
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
	ip, m := n.netAndMask()
	if ip == nil {
		return "<nil>"
	}
	if ones, bits := m.Size(); bits > 0 {
		return ip.String() + "/" + uitoa(uint(ones))
	}
	return ip.String() + "/" + m.String() // not a prefix mask: in hexadecimal
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
	addr, prefix, found := strings.Cut(s, "/")
	ip := ParseIP(addr)
	bits := 32
	if strings.Contains(addr, ":") {
		bits = 128
	}
	ones, used, ok := parseDecimal(prefix)
	valid := found && ip != nil && ok && used == len(prefix) && ones <= bits
	if !valid {
		return nil, nil, parseError("CIDR address", s)
	}
	m := CIDRMask(ones, bits)
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

// parseIPv6 parses an IPv6 address with an optional "%zone": eight groups of one to
// four hexadecimal digits separated by colons, the last two of which may be written
// as an IPv4 address, and one run of zero groups at most shortened to "::".
func parseIPv6(s string) (IP, string) {
	text, zone, hasZone := strings.Cut(s, "%")
	if hasZone && zone == "" {
		return nil, ""
	}
	ip := make(IP, IPv6len)
	head, tail, shortened := strings.Cut(text, "::")
	if !shortened {
		head, tail = "", text
	}
	// Groups before "::" fill ip from the front, the others from the back.
	front, ok := ipv6Groups(head, false)
	if !ok {
		return nil, ""
	}
	back, ok := ipv6Groups(tail, true)
	if !ok {
		return nil, ""
	}
	// "::" stands for at least one group; without it the groups fill all 16 bytes.
	used := len(front) + len(back)
	if (shortened && used > IPv6len-2) || (!shortened && used != IPv6len) {
		return nil, ""
	}
	copy(ip, front)
	copy(ip[IPv6len-len(back):], back)
	return ip, zone
}

// ipv6Groups turns colon-separated groups into their bytes; last says the text ends the
// address, so its final group may be an IPv4 address (four bytes). "" has no groups.
func ipv6Groups(s string, last bool) ([]byte, bool) {
	var out []byte
	if s == "" {
		return out, true
	}
	groups := strings.Split(s, ":")
	for k, g := range groups {
		if last && k == len(groups)-1 && strings.Contains(g, ".") {
			v4, ok := parseIPv4(g)
			return append(out, v4[:]...), ok
		}
		v, used, ok := parseHex(g)
		if !ok || used != len(g) {
			return nil, false
		}
		out = append(out, byte(v>>8), byte(v))
	}
	return out, len(out) <= IPv6len
}

// parseDecimal parses a decimal prefix of s: value, bytes used, ok (at least one digit, no
// overflow past 0xFFFFFF).
func parseDecimal(s string) (n int, used int, ok bool) {
	const limit = 0xFFFFFF
	for used < len(s) {
		d := s[used] - '0'
		if d > 9 {
			break
		}
		if n = n*10 + int(d); n >= limit {
			return limit, used, false
		}
		used++
	}
	return n, used, used > 0
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

package net

import (
	"bytes"
	"context"
	"os"
	"strings"
)

// minigo resolves names without DNS: literal IP addresses, "localhost" and the names
// of /etc/hosts. Any other name fails with a *DNSError "no such host".

// LookupHost gives the addresses of host as text.
func LookupHost(host string) (addrs []string, err error) {
	ips, err := lookupIP(host)
	if err != nil {
		return nil, err
	}
	addrs = make([]string, len(ips))
	for i := range ips {
		addrs[i] = ips[i].String()
	}
	return addrs, nil
}

// LookupIP gives the addresses of host.
func LookupIP(host string) ([]IP, error) {
	return lookupIP(host)
}

// LookupAddr gives the names the hosts file has for an address.
func LookupAddr(addr string) (names []string, err error) {
	ip := ParseIP(addr)
	if ip == nil {
		return nil, &DNSError{Err: "unrecognized address", Name: addr}
	}
	for _, e := range readHosts() {
		if e.ip.Equal(ip) {
			for _, n := range e.names {
				if !strings.HasSuffix(n, ".") {
					n += "."
				}
				names = append(names, n)
			}
		}
	}
	if len(names) == 0 {
		return nil, &DNSError{Err: errNoSuchHost, Name: addr, IsNotFound: true}
	}
	return names, nil
}

// LookupPort gives the port of a service name (or number) of network.
func LookupPort(network, service string) (port int, err error) {
	return parsePort(network, service)
}

// Resolver: minigo's resolvers all behave as the package-level functions.
type Resolver struct {
	PreferGo     bool // no effect
	StrictErrors bool // no effect
}

// DefaultResolver is the Resolver of the package-level functions.
var DefaultResolver = new(Resolver)

// LookupHost is the package's LookupHost.
func (r *Resolver) LookupHost(ctx context.Context, host string) (addrs []string, err error) {
	return LookupHost(host)
}

// LookupIPAddr gives the addresses of host, with their zone.
func (r *Resolver) LookupIPAddr(ctx context.Context, host string) ([]IPAddr, error) {
	ips, zone, err := lookupIPZone(host)
	if err != nil {
		return nil, err
	}
	out := make([]IPAddr, len(ips))
	for i, ip := range ips {
		out[i] = IPAddr{IP: ip, Zone: zone}
	}
	return out, nil
}

// LookupPort is the package's LookupPort.
func (r *Resolver) LookupPort(ctx context.Context, network, service string) (port int, err error) {
	return parsePort(network, service)
}

func lookupIP(host string) ([]IP, error) {
	ips, _, err := lookupIPZone(host)
	return ips, err
}

// lookupIPZone resolves a literal address (IPv6 with an optional zone) or a name.
func lookupIPZone(host string) ([]IP, string, error) {
	if host == "" {
		return nil, "", &DNSError{Err: errNoSuchHost, Name: host, IsNotFound: true}
	}
	if literal := ParseIP(host); literal != nil {
		return []IP{literal}, "", nil
	}
	if strings.Contains(host, ":") {
		if ip, zone := parseIPv6(host); ip != nil {
			return []IP{ip}, zone, nil
		}
	}
	name := strings.ToLower(strings.TrimSuffix(host, "."))
	var ips []IP
	for _, e := range readHosts() {
		for _, n := range e.names {
			if strings.ToLower(strings.TrimSuffix(n, ".")) == name {
				ips = append(ips, e.ip)
				break
			}
		}
	}
	if len(ips) == 0 && (name == "localhost" || strings.HasSuffix(name, ".localhost")) {
		ips = []IP{IPv4(127, 0, 0, 1), IPv6loopback}
	}
	if len(ips) == 0 {
		return nil, "", &DNSError{Err: errNoSuchHost, Name: host, IsNotFound: true}
	}
	return ips, "", nil
}

type hostsEntry struct {
	ip    IP
	names []string
}

// readHosts parses /etc/hosts (read at each lookup: it is small).
func readHosts() []hostsEntry {
	var out []hostsEntry
	eachConfigLine("/etc/hosts", func(f []string) {
		// address name alias...; a zone after the address is ignored.
		literal, _, _ := strings.Cut(f[0], "%")
		if ip := ParseIP(literal); ip != nil {
			out = append(out, hostsEntry{ip, f[1:]})
		}
	})
	return out
}

// eachConfigLine calls fn with the fields of every line of a system table such as
// /etc/hosts that has at least two fields once its '#' comment is cut off. A missing
// file has no lines.
func eachConfigLine(path string, fn func(fields []string)) {
	table, _ := os.ReadFile(path) // nil when missing
	for len(table) > 0 {
		line := table
		if nl := bytes.IndexByte(table, '\n'); nl >= 0 {
			line, table = table[:nl], table[nl+1:]
		} else {
			table = nil
		}
		if hash := bytes.IndexByte(line, '#'); hash >= 0 {
			line = line[:hash]
		}
		if fields := strings.Fields(string(line)); len(fields) >= 2 {
			fn(fields)
		}
	}
}

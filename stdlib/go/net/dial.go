package net

import (
	"context"
	"errors"
	"os"
	"strings"
	"syscall"
	"time"
)

// A Dialer holds the options of Dial; its zero value dials without them.
type Dialer struct {
	// Timeout bounds the whole dial (0: no bound). Deadline and the context's deadline
	// may end it sooner.
	Timeout time.Duration

	// Deadline is a point in time after which a dial fails (zero: none).
	Deadline time.Time

	// LocalAddr, if set, is bound before connecting (a *TCPAddr, *UDPAddr, *UnixAddr).
	LocalAddr Addr

	// DualStack has no effect (it is deprecated in Go too).
	DualStack bool

	// FallbackDelay is accepted and ignored (minigo dials addresses in order).
	FallbackDelay time.Duration

	// KeepAlive is the TCP keep-alive period (zero: 15 s; negative: keep-alives off).
	KeepAlive time.Duration

	// Resolver is accepted; minigo always resolves with the hosts file.
	Resolver *Resolver

	// Cancel is accepted and ignored (deprecated in Go; use DialContext).
	Cancel <-chan struct{}
}

// Dial opens a connection: network "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6"
// (address "host:port") or "unix" (address: the socket path).
func Dial(network, address string) (Conn, error) {
	return new(Dialer).DialContext(context.Background(), network, address)
}

// DialTimeout is Dial that gives up after timeout.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	return (&Dialer{Timeout: timeout}).DialContext(context.Background(), network, address)
}

// Dial is DialContext with a background context.
func (d *Dialer) Dial(network, address string) (Conn, error) {
	bg := context.Background()
	return d.DialContext(bg, network, address)
}

// deadline is the earliest of the context's deadline, the dialer's deadline and its
// timeout from now.
func (d *Dialer) deadline(ctx context.Context, now time.Time) time.Time {
	var earliest time.Time
	if d.Timeout != 0 {
		earliest = now.Add(d.Timeout)
	}
	if dl, ok := ctx.Deadline(); ok && (earliest.IsZero() || dl.Before(earliest)) {
		earliest = dl
	}
	if !d.Deadline.IsZero() && (earliest.IsZero() || d.Deadline.Before(earliest)) {
		earliest = d.Deadline
	}
	return earliest
}

// DialContext is Dial with the dialer's options; the dial fails when ctx is done
// before the connection is made.
func (d *Dialer) DialContext(ctx context.Context, network, address string) (Conn, error) {
	if ctx == nil {
		panic("nil context")
	}
	until := d.deadline(ctx, time.Now())
	switch network {
	case "tcp", "tcp4", "tcp6":
		ip, port, zone, err := resolveIPPort(network, address, false)
		if err != nil {
			return nil, opError("dial", network, nil, nil, err)
		}
		raddr := &TCPAddr{IP: ip, Port: port, Zone: zone}
		var laddr *TCPAddr
		if la, ok := d.LocalAddr.(*TCPAddr); ok {
			laddr = la
		}
		c, err := dialTCP(ctx, network, laddr, raddr, until, d.KeepAlive)
		if err != nil {
			return nil, err
		}
		return c, nil
	case "udp", "udp4", "udp6":
		ip, port, zone, err := resolveIPPort(network, address, false)
		if err != nil {
			return nil, opError("dial", network, nil, nil, err)
		}
		var laddr *UDPAddr
		if la, ok := d.LocalAddr.(*UDPAddr); ok {
			laddr = la
		}
		c, err := DialUDP(network, laddr, &UDPAddr{IP: ip, Port: port, Zone: zone})
		if err != nil {
			return nil, err
		}
		return c, nil
	case "unix":
		var laddr *UnixAddr
		if la, ok := d.LocalAddr.(*UnixAddr); ok {
			laddr = la
		}
		c, err := dialUnix(ctx, network, laddr, &UnixAddr{Name: address, Net: network}, until)
		if err != nil {
			return nil, err
		}
		return c, nil
	}
	return nil, opError("dial", network, nil, nil, UnknownNetworkError(network))
}

// ipFamily chooses the socket family for an IP of a network: the "4"/"6" networks
// force theirs; otherwise IPv4 addresses use AF_INET and the rest AF_INET6 (with
// listen a nil IP means the dual-stack wildcard).
func ipFamily(network string, ip IP) int {
	if strings.HasSuffix(network, "4") {
		return afInet
	}
	if strings.HasSuffix(network, "6") {
		return afInet6
	}
	if len(ip) == 0 {
		if supportsIPv6() {
			return afInet6
		}
		return afInet
	}
	if ip.To4() != nil {
		return afInet
	}
	return afInet6
}

var ipv6Checked, ipv6Supported bool

// supportsIPv6 says whether the system can make an IPv6 socket.
func supportsIPv6() bool {
	if !ipv6Checked {
		s, errno := sysSocket(afInet6, sockStream, 0)
		if errno == 0 {
			sysClose(s)
		}
		ipv6Supported = errno == 0
		ipv6Checked = true
	}
	return ipv6Supported
}

func dialTCP(ctx context.Context, network string, laddr, raddr *TCPAddr, deadline time.Time, keepAlive time.Duration) (*TCPConn, error) {
	opErr := func(err error) error {
		var src Addr
		if laddr != nil {
			src = laddr
		}
		return opError("dial", network, src, raddr, err)
	}
	family := ipFamily(network, raddr.IP)
	sa := ipSockaddr(family, raddr.IP, raddr.Port, raddr.Zone)
	if sa == nil {
		return nil, opErr(&AddrError{Err: "no suitable address found", Addr: raddr.String()})
	}
	fd, err := socket(family, sockStream, 0, network)
	if err != nil {
		return nil, opErr(err)
	}
	if family == afInet6 {
		sysSetsockoptInt(fd.sysfd, ipprotoIPv6, ipv6V6only, 0)
	}
	if laddr != nil {
		if lsa := ipSockaddr(family, laddr.IP, laddr.Port, laddr.Zone); lsa != nil {
			if errno := sysBind(fd.sysfd, lsa); errno != 0 {
				fd.Close()
				return nil, opErr(os.NewSyscallError("bind", syscall.Errno(errno)))
			}
		}
	}
	if err := connectContext(ctx, fd, sa, deadline); err != nil {
		fd.Close()
		return nil, opErr(err)
	}
	fd.setAddrs(fd.localSockaddr(), fd.remoteSockaddr())
	if fd.raddr == nil {
		fd.raddr = raddr
	}
	c := newTCPConn(fd)
	if keepAlive < 0 {
		sysSetsockoptInt(fd.sysfd, solSocket, soKeepalive, 0)
	} else if keepAlive > 0 {
		c.SetKeepAlivePeriod(keepAlive)
	}
	return c, nil
}

// connectContext connects, giving up at the deadline or when ctx is done.
func connectContext(ctx context.Context, fd *netFD, sa []byte, deadline time.Time) error {
	if ended := ctx.Err(); ended != nil {
		return mapContextErr(ended)
	}
	var stop chan struct{}
	var interrupted chan struct{}
	if done := ctx.Done(); done != nil {
		stop = make(chan struct{})
		interrupted = make(chan struct{})
		go func() {
			select {
			case <-done:
				// Make the pending connect wait end now.
				fd.setDeadline(time.Unix(1, 0), modeWrite)
				close(interrupted)
			case <-stop:
			}
		}()
	}
	err := fd.connect(sa, deadline)
	if stop != nil {
		close(stop)
		if err != nil {
			select {
			case <-interrupted:
				return mapContextErr(ctx.Err())
			default:
			}
		}
	}
	return err
}

// mapContextErr turns the error of a done context into the dial error Go reports for it
// ("operation was canceled", "i/o timeout"); both still match the context's error with
// errors.Is.
func mapContextErr(err error) error {
	switch {
	case errors.Is(err, context.Canceled):
		return errCanceled
	case errors.Is(err, context.DeadlineExceeded):
		return errTimeout
	}
	return err
}

// DialTCP dials TCP from laddr (nil: any) to raddr.
func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, opError("dial", network, addrOrNil(laddr), addrOrNil(raddr), UnknownNetworkError(network))
	}
	if raddr == nil {
		return nil, opError("dial", network, addrOrNil(laddr), nil, errMissingAddress)
	}
	return dialTCP(context.Background(), network, laddr, raddr, time.Time{}, 0)
}

func addrOrNil(a *TCPAddr) Addr {
	if a == nil {
		return nil
	}
	return a
}

// ListenConfig holds the options of Listen and ListenPacket.
type ListenConfig struct {
	// KeepAlive is accepted; accepted connections use the 15 s default.
	KeepAlive time.Duration
}

// Listen is the package's Listen (the context is not consulted: binding never blocks).
func (lc *ListenConfig) Listen(ctx context.Context, network, address string) (Listener, error) {
	return Listen(network, address)
}

// ListenPacket is the package's ListenPacket.
func (lc *ListenConfig) ListenPacket(ctx context.Context, network, address string) (PacketConn, error) {
	return ListenPacket(network, address)
}

// Listen opens a stream listener: "tcp", "tcp4", "tcp6" (address "host:port"; an
// empty host or unspecified IP takes every local address, port 0 or "" lets the
// system choose, see Addr) or "unix" (a socket path).
func Listen(network, address string) (Listener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
		ip, port, zone, err := resolveIPPort(network, address, true)
		if err != nil {
			return nil, opError("listen", network, nil, nil, err)
		}
		l, err := ListenTCP(network, &TCPAddr{IP: ip, Port: port, Zone: zone})
		if err != nil {
			return nil, err
		}
		return l, nil
	case "unix":
		l, err := ListenUnix(network, &UnixAddr{Name: address, Net: network})
		if err != nil {
			return nil, err
		}
		return l, nil
	case "udp", "udp4", "udp6":
		// A packet network: Go resolves the address, then refuses its type.
		a, err := ResolveUDPAddr(network, address)
		if err != nil {
			return nil, opError("listen", network, nil, nil, err)
		}
		return nil, opError("listen", network, nil, a, &AddrError{Err: "unexpected address type", Addr: address})
	}
	return nil, opError("listen", network, nil, nil, UnknownNetworkError(network))
}

// listenBacklog is the queue length of listeners (the kernel caps it at somaxconn).
const listenBacklog = 65535

// ListenTCP listens on laddr (nil: any address, a system-chosen port).
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, opError("listen", network, nil, addrOrNil(laddr), UnknownNetworkError(network))
	}
	if laddr == nil {
		laddr = &TCPAddr{}
	}
	fd, err := bindIP(network, sockStream, laddr.IP, laddr.Port, laddr.Zone, laddr.String(), func(sysfd int) {
		sysSetsockoptInt(sysfd, solSocket, soReuseaddr, 1)
	})
	if err != nil {
		return nil, opError("listen", network, nil, laddr, err)
	}
	if errno := sysListen(fd.sysfd, listenBacklog); errno != 0 {
		fd.Close()
		return nil, opError("listen", network, nil, laddr, os.NewSyscallError("listen", syscall.Errno(errno)))
	}
	fd.setAddrs(fd.localSockaddr(), nil)
	return &TCPListener{fd}, nil
}

// bindIP opens a socket of sotype for network and binds it to ip:port (text is the address
// as errors show it). An IPv6 socket accepts IPv4 peers too unless the network is the
// explicitly IPv6 one ("tcp6", "udp6"). setup sets further options before the bind.
func bindIP(network string, sotype int, ip IP, port int, zone, text string, setup func(sysfd int)) (*netFD, error) {
	family := ipFamily(network, ip)
	sa := ipSockaddr(family, ip, port, zone)
	if sa == nil {
		return nil, &AddrError{Err: "no suitable address found", Addr: text}
	}
	fd, err := socket(family, sotype, 0, network)
	if err != nil {
		return nil, err
	}
	if family == afInet6 {
		v6only := 0
		if network[len(network)-1] == '6' {
			v6only = 1
		}
		sysSetsockoptInt(fd.sysfd, ipprotoIPv6, ipv6V6only, v6only)
	}
	setup(fd.sysfd)
	if errno := sysBind(fd.sysfd, sa); errno != 0 {
		fd.Close()
		return nil, os.NewSyscallError("bind", syscall.Errno(errno))
	}
	return fd, nil
}

// ListenPacket opens a datagram socket bound to address: "udp", "udp4", "udp6".
func ListenPacket(network, address string) (PacketConn, error) {
	switch network {
	case "udp", "udp4", "udp6":
		ip, port, zone, err := resolveIPPort(network, address, true)
		if err != nil {
			return nil, opError("listen", network, nil, nil, err)
		}
		c, err := ListenUDP(network, &UDPAddr{IP: ip, Port: port, Zone: zone})
		if err != nil {
			return nil, err
		}
		return c, nil
	case "tcp", "tcp4", "tcp6":
		a, err := ResolveTCPAddr(network, address)
		if err != nil {
			return nil, opError("listen", network, nil, nil, err)
		}
		return nil, opError("listen", network, nil, a, &AddrError{Err: "unexpected address type", Addr: address})
	}
	return nil, opError("listen", network, nil, nil, UnknownNetworkError(network))
}

// ListenUDP binds a UDP socket to laddr (nil: any address, a system-chosen port).
func ListenUDP(network string, laddr *UDPAddr) (*UDPConn, error) {
	switch network {
	case "udp", "udp4", "udp6":
	default:
		return nil, opError("listen", network, nil, udpAddrOrNil(laddr), UnknownNetworkError(network))
	}
	if laddr == nil {
		laddr = &UDPAddr{}
	}
	fd, err := bindIP(network, sockDgram, laddr.IP, laddr.Port, laddr.Zone, laddr.String(), func(sysfd int) {
		sysSetsockoptInt(sysfd, solSocket, soBroadcast, 1)
	})
	if err != nil {
		return nil, opError("listen", network, nil, laddr, err)
	}
	fd.setAddrs(fd.localSockaddr(), nil)
	return &UDPConn{conn{fd}}, nil
}

func udpAddrOrNil(a *UDPAddr) Addr {
	if a == nil {
		return nil
	}
	return a
}

// DialUDP makes a UDP socket connected to raddr (from laddr, if not nil).
func DialUDP(network string, laddr, raddr *UDPAddr) (*UDPConn, error) {
	switch network {
	case "udp", "udp4", "udp6":
	default:
		return nil, opError("dial", network, udpAddrOrNil(laddr), udpAddrOrNil(raddr), UnknownNetworkError(network))
	}
	if raddr == nil {
		return nil, opError("dial", network, udpAddrOrNil(laddr), nil, errMissingAddress)
	}
	opErr := func(err error) error {
		return opError("dial", network, udpAddrOrNil(laddr), raddr, err)
	}
	family := ipFamily(network, raddr.IP)
	sa := ipSockaddr(family, raddr.IP, raddr.Port, raddr.Zone)
	if sa == nil {
		return nil, opErr(&AddrError{Err: "no suitable address found", Addr: raddr.String()})
	}
	fd, err := socket(family, sockDgram, 0, network)
	if err != nil {
		return nil, opErr(err)
	}
	if family == afInet6 {
		sysSetsockoptInt(fd.sysfd, ipprotoIPv6, ipv6V6only, 0)
	}
	if laddr != nil {
		if lsa := ipSockaddr(family, laddr.IP, laddr.Port, laddr.Zone); lsa != nil {
			if errno := sysBind(fd.sysfd, lsa); errno != 0 {
				fd.Close()
				return nil, opErr(os.NewSyscallError("bind", syscall.Errno(errno)))
			}
		}
	}
	if errno := sysConnect(fd.sysfd, sa); errno != 0 {
		fd.Close()
		return nil, opErr(os.NewSyscallError("connect", syscall.Errno(errno)))
	}
	fd.setAddrs(fd.localSockaddr(), fd.remoteSockaddr())
	return &UDPConn{conn{fd}}, nil
}

// ListenUnix listens on a Unix socket path (network "unix").
func ListenUnix(network string, laddr *UnixAddr) (*UnixListener, error) {
	if network != "unix" {
		return nil, opError("listen", network, nil, nil, UnknownNetworkError(network))
	}
	if laddr == nil {
		return nil, opError("listen", network, nil, nil, errMissingAddress)
	}
	opErr := func(err error) error {
		return opError("listen", network, nil, laddr, err)
	}
	fd, err := socket(afUnix, sockStream, 0, network)
	if err != nil {
		return nil, opErr(err)
	}
	if errno := sysBind(fd.sysfd, unixSockaddr(laddr.Name)); errno != 0 {
		fd.Close()
		return nil, opErr(os.NewSyscallError("bind", syscall.Errno(errno)))
	}
	if errno := sysListen(fd.sysfd, listenBacklog); errno != 0 {
		fd.Close()
		return nil, opError("listen", network, nil, laddr, os.NewSyscallError("listen", syscall.Errno(errno)))
	}
	la := fd.localSockaddr()
	if la == nil {
		la = laddr
	}
	fd.setAddrs(la, nil)
	return &UnixListener{fd: fd, path: laddr.Name, unlink: true}, nil
}

// DialUnix connects to the Unix socket raddr (network "unix").
func DialUnix(network string, laddr, raddr *UnixAddr) (*UnixConn, error) {
	if network != "unix" {
		return nil, opError("dial", network, nil, nil, UnknownNetworkError(network))
	}
	if raddr == nil {
		return nil, opError("dial", network, nil, nil, errMissingAddress)
	}
	return dialUnix(context.Background(), network, laddr, raddr, time.Time{})
}

func dialUnix(ctx context.Context, network string, laddr, raddr *UnixAddr, deadline time.Time) (*UnixConn, error) {
	opErr := func(err error) error {
		var src Addr
		if laddr != nil {
			src = laddr
		}
		return opError("dial", network, src, raddr, err)
	}
	fd, err := socket(afUnix, sockStream, 0, network)
	if err != nil {
		return nil, opErr(err)
	}
	if laddr != nil {
		if errno := sysBind(fd.sysfd, unixSockaddr(laddr.Name)); errno != 0 {
			fd.Close()
			return nil, opErr(os.NewSyscallError("bind", syscall.Errno(errno)))
		}
	}
	if err := connectContext(ctx, fd, unixSockaddr(raddr.Name), deadline); err != nil {
		fd.Close()
		return nil, opErr(err)
	}
	la := fd.localSockaddr()
	fd.setAddrs(la, raddr)
	return &UnixConn{conn{fd}}, nil
}

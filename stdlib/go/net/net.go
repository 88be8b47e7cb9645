// Package net: TCP, UDP and Unix domain sockets, IP addresses and name resolution.
//
// In minigo, sockets are non-blocking and registered with the runtime's
// network poller, so a goroutine blocked in Read, Write, Accept or Dial is parked (it
// holds no thread). Names resolve through literal addresses and /etc/hosts only.
package net

import (
	"io"
	"os"
	"syscall"
	"time"
)

// Conn is a connection of any stream network; its methods may be called from several
// goroutines at once.
type Conn interface {
	// Read takes bytes the peer sent (io.EOF once it has closed its side).
	Read([]byte) (int, error)

	// Write sends all of its bytes, or fails.
	Write([]byte) (int, error)

	// Close ends the connection; Reads and Writes waiting on it fail.
	Close() error

	LocalAddr() Addr

	RemoteAddr() Addr

	// Deadlines apply to calls waiting now and later ones; past them a call fails with
	// an error wrapping os.ErrDeadlineExceeded. The zero time removes a deadline.
	SetDeadline(time.Time) error
	SetReadDeadline(time.Time) error
	SetWriteDeadline(time.Time) error
}

// PacketConn is an end point of a datagram network.
type PacketConn interface {
	ReadFrom([]byte) (int, Addr, error) // a datagram and its sender
	WriteTo([]byte, Addr) (int, error)  // a datagram to an address
	Close() error
	LocalAddr() Addr
	SetDeadline(time.Time) error
	SetReadDeadline(time.Time) error
	SetWriteDeadline(time.Time) error
}

// Listener accepts the connections of a stream network.
type Listener interface {
	Accept() (Conn, error) // waits for the next connection
	Close() error          // stops listening; waiting Accepts fail
	Addr() Addr
}

// conn is the implementation shared by TCPConn, UDPConn and UnixConn.
type conn struct {
	fd *netFD
}

func (c *conn) valid() bool { return c != nil && c.fd != nil }

// Read reads what the peer sent (io.EOF once it closed its side).
func (c *conn) Read(b []byte) (int, error) {
	if !c.valid() {
		return 0, syscall.EINVAL
	}
	n, err := c.fd.Read(b)
	switch err {
	case nil, io.EOF: // end of stream is not a failure of the connection
		return n, err
	}
	return n, c.fd.connErr("read", err)
}

// Write sends all of b, or fails.
func (c *conn) Write(b []byte) (int, error) {
	if !c.valid() {
		return 0, syscall.EINVAL
	}
	n, err := c.fd.Write(b)
	if err != nil {
		err = c.fd.connErr("write", err)
	}
	return n, err
}

// Close ends the connection.
func (c *conn) Close() error {
	if !c.valid() {
		return syscall.EINVAL
	}
	if err := c.fd.Close(); err != nil {
		return c.fd.connErr("close", err)
	}
	return nil
}

// LocalAddr is this end's address.
func (c *conn) LocalAddr() Addr {
	if !c.valid() {
		return nil
	}
	return c.fd.laddr
}

// RemoteAddr is the peer's address (nil if not connected).
func (c *conn) RemoteAddr() Addr {
	if !c.valid() {
		return nil
	}
	return c.fd.raddr
}

func (c *conn) setDeadline(t time.Time, mode int) error {
	if !c.valid() {
		return syscall.EINVAL
	}
	if err := c.fd.setDeadline(t, mode); err != nil {
		return c.fd.connErr("set", err)
	}
	return nil
}

// SetDeadline sets both deadlines.
func (c *conn) SetDeadline(t time.Time) error { return c.setDeadline(t, modeRead|modeWrite) }

// SetReadDeadline sets the deadline of Reads.
func (c *conn) SetReadDeadline(t time.Time) error { return c.setDeadline(t, modeRead) }

// SetWriteDeadline sets the deadline of Writes.
func (c *conn) SetWriteDeadline(t time.Time) error { return c.setDeadline(t, modeWrite) }

func (c *conn) setsockopt(level, opt, value int) error {
	if !c.valid() {
		return syscall.EINVAL
	}
	if err := c.fd.setsockoptInt(level, opt, value); err != nil {
		return c.fd.connErr("set", err)
	}
	return nil
}

// SetReadBuffer sets the kernel's receive buffer size (SO_RCVBUF).
func (c *conn) SetReadBuffer(bytes int) error { return c.setsockopt(solSocket, soRcvbuf, bytes) }

// SetWriteBuffer sets the kernel's send buffer size (SO_SNDBUF).
func (c *conn) SetWriteBuffer(bytes int) error { return c.setsockopt(solSocket, soSndbuf, bytes) }

// File is not supported by minigo.
func (c *conn) File() (f *os.File, err error) {
	return nil, c.fd.connErr("file", syscall.ENOTSUP)
}

// TCPConn is a TCP connection.
type TCPConn struct {
	conn
}

func newTCPConn(fd *netFD) *TCPConn {
	// Go's defaults for TCP connections: no Nagle delay, keep-alive every 15 s.
	sysSetsockoptInt(fd.sysfd, ipprotoTCP, tcpNodelay, 1)
	sysSetsockoptInt(fd.sysfd, solSocket, soKeepalive, 1)
	sysSetsockoptInt(fd.sysfd, ipprotoTCP, tcpKeepidle, 15)
	sysSetsockoptInt(fd.sysfd, ipprotoTCP, tcpKeepintvl, 15)
	return &TCPConn{conn{fd}}
}

// CloseRead ends the receiving direction (shutdown SHUT_RD).
func (c *TCPConn) CloseRead() error {
	if !c.valid() {
		return syscall.EINVAL
	}
	return c.fd.closeHalf(shutRead)
}

// CloseWrite ends the sending direction (shutdown SHUT_WR): the peer reads io.EOF.
func (c *TCPConn) CloseWrite() error {
	if !c.valid() {
		return syscall.EINVAL
	}
	return c.fd.closeHalf(shutWrite)
}

// SetNoDelay turns TCP_NODELAY on (the default: small writes leave at once) or off
// (Nagle's algorithm gathers them).
func (c *TCPConn) SetNoDelay(noDelay bool) error {
	v := 0
	if noDelay {
		v = 1
	}
	return c.setsockopt(ipprotoTCP, tcpNodelay, v)
}

// SetKeepAlive turns TCP keep-alive probes on or off.
func (c *TCPConn) SetKeepAlive(keepalive bool) error {
	v := 0
	if keepalive {
		v = 1
	}
	return c.setsockopt(solSocket, soKeepalive, v)
}

// SetKeepAlivePeriod sets the idle time before the first probe and between probes
// (whole seconds, at least one).
func (c *TCPConn) SetKeepAlivePeriod(d time.Duration) error {
	secs := int((d + time.Second - 1) / time.Second)
	if secs < 1 {
		secs = 1
	}
	if err := c.setsockopt(ipprotoTCP, tcpKeepidle, secs); err != nil {
		return err
	}
	return c.setsockopt(ipprotoTCP, tcpKeepintvl, secs)
}

// SetLinger: minigo supports only sec < 0, the default (Close returns at once and the
// system sends what is left); other values fail.
func (c *TCPConn) SetLinger(sec int) error {
	if sec < 0 {
		return nil
	}
	return c.fd.connErr("set", syscall.ENOTSUP)
}

// ReadFrom copies r into the connection until r's EOF (io.ReaderFrom).
func (c *TCPConn) ReadFrom(r io.Reader) (int64, error) {
	if !c.valid() {
		return 0, syscall.EINVAL
	}
	return genericReadFrom(&c.conn, r)
}

// WriteTo copies the connection into w until EOF (io.WriterTo).
func (c *TCPConn) WriteTo(w io.Writer) (int64, error) {
	if !c.valid() {
		return 0, syscall.EINVAL
	}
	return genericWriteTo(&c.conn, w)
}

// onlyReader and onlyWriter hide the connection's ReadFrom/WriteTo from io.Copy.
type onlyReader struct{ io.Reader }
type onlyWriter struct{ io.Writer }

func genericReadFrom(c *conn, r io.Reader) (int64, error) {
	return io.Copy(onlyWriter{c}, r)
}

func genericWriteTo(c *conn, w io.Writer) (int64, error) {
	return io.Copy(w, onlyReader{c})
}

// TCPListener accepts TCP connections.
type TCPListener struct {
	fd *netFD
}

func (l *TCPListener) valid() bool { return l != nil && l.fd != nil }

// AcceptTCP waits for the next connection.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if !l.valid() {
		return nil, syscall.EINVAL
	}
	fd, err := l.fd.nextConn()
	if err != nil {
		return nil, err
	}
	return newTCPConn(fd), nil
}

// Accept is AcceptTCP as a Listener.
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening; waiting Accepts fail, accepted connections stay open.
func (l *TCPListener) Close() error {
	if !l.valid() {
		return syscall.EINVAL
	}
	if err := l.fd.Close(); err != nil {
		return l.fd.listenerErr("close", err)
	}
	return nil
}

// Addr is the bound address (a *TCPAddr, with the chosen port).
func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline bounds Accept (zero time: no bound).
func (l *TCPListener) SetDeadline(t time.Time) error {
	if !l.valid() {
		return syscall.EINVAL
	}
	if err := l.fd.setDeadline(t, modeRead|modeWrite); err != nil {
		return l.fd.listenerErr("set", err)
	}
	return nil
}

// UDPConn is a UDP socket, a Conn when connected and a PacketConn in any case.
type UDPConn struct {
	conn
}

// ReadFromUDP reads a datagram and its sender.
func (c *UDPConn) ReadFromUDP(b []byte) (n int, addr *UDPAddr, err error) {
	if !c.valid() {
		return 0, nil, syscall.EINVAL
	}
	n, from, err := c.fd.recvFrom(b)
	if err != nil {
		return n, nil, c.fd.connErr("read", err)
	}
	addr, _ = from.(*UDPAddr)
	return n, addr, nil
}

// ReadFrom is ReadFromUDP with the sender as an Addr.
func (c *UDPConn) ReadFrom(b []byte) (int, Addr, error) {
	n, addr, err := c.ReadFromUDP(b)
	if addr == nil {
		return n, nil, err
	}
	return n, addr, err
}

// WriteToUDP sends a datagram to addr.
func (c *UDPConn) WriteToUDP(b []byte, addr *UDPAddr) (int, error) {
	if !c.valid() {
		return 0, syscall.EINVAL
	}
	if c.fd.raddr != nil {
		return 0, opError("write", c.fd.net, c.fd.laddr, addr, ErrWriteToConnected)
	}
	if addr == nil {
		return 0, opError("write", c.fd.net, c.fd.laddr, nil, errMissingAddress)
	}
	sa := ipSockaddr(c.fd.family, addr.IP, addr.Port, addr.Zone)
	if sa == nil {
		return 0, opError("write", c.fd.net, c.fd.laddr, addr, &AddrError{Err: "non-IPv4 address", Addr: addr.IP.String()})
	}
	n, err := c.fd.writeTo(b, sa)
	if err != nil {
		return n, opError("write", c.fd.net, c.fd.laddr, addr, err)
	}
	return n, nil
}

// WriteTo sends a datagram to addr, which must be a *UDPAddr.
func (c *UDPConn) WriteTo(b []byte, addr Addr) (int, error) {
	if !c.valid() {
		return 0, syscall.EINVAL
	}
	a, ok := addr.(*UDPAddr)
	if !ok {
		return 0, opError("write", c.fd.net, c.fd.laddr, addr, syscall.EINVAL)
	}
	return c.WriteToUDP(b, a)
}

// UnixConn is a connection over a Unix domain socket.
type UnixConn struct {
	conn
}

// CloseRead ends the receiving direction.
func (c *UnixConn) CloseRead() error {
	if !c.valid() {
		return syscall.EINVAL
	}
	return c.fd.closeHalf(shutRead)
}

// CloseWrite ends the sending direction: the peer reads io.EOF.
func (c *UnixConn) CloseWrite() error {
	if !c.valid() {
		return syscall.EINVAL
	}
	return c.fd.closeHalf(shutWrite)
}

// UnixListener accepts connections on a Unix socket path.
type UnixListener struct {
	fd     *netFD
	path   string
	unlink bool
}

func (l *UnixListener) valid() bool { return l != nil && l.fd != nil }

// AcceptUnix waits for the next connection.
func (l *UnixListener) AcceptUnix() (*UnixConn, error) {
	if !l.valid() {
		return nil, syscall.EINVAL
	}
	fd, err := l.fd.nextConn()
	if err != nil {
		return nil, err
	}
	return &UnixConn{conn{fd}}, nil
}

// Accept is AcceptUnix as a Listener.
func (l *UnixListener) Accept() (Conn, error) {
	c, err := l.AcceptUnix()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening and, unless told otherwise, removes the socket file.
func (l *UnixListener) Close() error {
	if !l.valid() {
		return syscall.EINVAL
	}
	if err := l.fd.Close(); err != nil {
		return l.fd.listenerErr("close", err)
	}
	if l.unlink && l.path != "" && l.path[0] != '@' {
		os.Remove(l.path)
	}
	return nil
}

// Addr is the socket path as a *UnixAddr.
func (l *UnixListener) Addr() Addr { return l.fd.laddr }

// SetUnlinkOnClose says whether Close removes the socket file (default: yes).
func (l *UnixListener) SetUnlinkOnClose(unlink bool) { l.unlink = unlink }

// SetDeadline bounds Accept (zero time: no bound).
func (l *UnixListener) SetDeadline(t time.Time) error {
	if !l.valid() {
		return syscall.EINVAL
	}
	if err := l.fd.setDeadline(t, modeRead|modeWrite); err != nil {
		return l.fd.listenerErr("set", err)
	}
	return nil
}

// Buffers is a list of byte slices written or read one after the other.
type Buffers [][]byte

// WriteTo writes every slice to w, consuming what was written.
func (v *Buffers) WriteTo(w io.Writer) (n int64, err error) {
	for _, b := range *v {
		nb, err := w.Write(b)
		n += int64(nb)
		if err != nil {
			v.drop(n)
			return n, err
		}
	}
	v.drop(n)
	return n, nil
}

// Read takes bytes from the front of the slices (io.EOF when none are left).
func (v *Buffers) Read(p []byte) (n int, err error) {
	for n < len(p) && len(*v) > 0 {
		took := copy(p[n:], (*v)[0])
		n += took
		v.drop(int64(took))
	}
	if len(*v) == 0 {
		return n, io.EOF
	}
	return n, nil
}

func (v *Buffers) drop(n int64) {
	for len(*v) > 0 {
		ln0 := int64(len((*v)[0]))
		if ln0 > n {
			(*v)[0] = (*v)[0][n:]
			return
		}
		n -= ln0
		(*v)[0] = nil
		*v = (*v)[1:]
	}
}

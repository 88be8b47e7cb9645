// Package net provides a portable interface for network I/O, including TCP/IP, UDP,
// domain name resolution, and Unix domain sockets.
//
// minigo's implementation: sockets are non-blocking and registered with the runtime's
// network poller, so a goroutine blocked in Read, Write, Accept or Dial is parked (it
// holds no thread). Names resolve through literal addresses and /etc/hosts only.
package net

import (
	"io"
	"os"
	"syscall"
	"time"
)

// Conn is a generic stream-oriented network connection.
//
// Multiple goroutines may invoke methods on a Conn simultaneously.
type Conn interface {
	// Read reads data from the connection.
	Read(b []byte) (n int, err error)

	// Write writes data to the connection.
	Write(b []byte) (n int, err error)

	// Close closes the connection. Any blocked Read or Write operations will be
	// unblocked and return errors.
	Close() error

	// LocalAddr returns the local network address, if known.
	LocalAddr() Addr

	// RemoteAddr returns the remote network address, if known.
	RemoteAddr() Addr

	// SetDeadline sets the read and write deadlines associated with the connection.
	SetDeadline(t time.Time) error

	// SetReadDeadline sets the deadline for future Read calls and any
	// currently-blocked Read call. A zero value for t means Read will not time out.
	SetReadDeadline(t time.Time) error

	// SetWriteDeadline sets the deadline for future Write calls and any
	// currently-blocked Write call.
	SetWriteDeadline(t time.Time) error
}

// PacketConn is a generic packet-oriented network connection.
type PacketConn interface {
	ReadFrom(p []byte) (n int, addr Addr, err error)
	WriteTo(p []byte, addr Addr) (n int, err error)
	Close() error
	LocalAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// A Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	// Accept waits for and returns the next connection to the listener.
	Accept() (Conn, error)

	// Close closes the listener. Any blocked Accept operations will be unblocked and
	// return errors.
	Close() error

	// Addr returns the listener's network address.
	Addr() Addr
}

// conn is the implementation shared by TCPConn, UDPConn and UnixConn.
type conn struct {
	fd *netFD
}

func (c *conn) ok() bool { return c != nil && c.fd != nil }

// Read implements the Conn Read method.
func (c *conn) Read(b []byte) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := c.fd.Read(b)
	if err != nil && err != io.EOF {
		err = &OpError{Op: "read", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return n, err
}

// Write implements the Conn Write method.
func (c *conn) Write(b []byte) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := c.fd.Write(b)
	if err != nil {
		err = &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return n, err
}

// Close closes the connection.
func (c *conn) Close() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.Close(); err != nil {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// LocalAddr returns the local network address.
func (c *conn) LocalAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.laddr
}

// RemoteAddr returns the remote network address.
func (c *conn) RemoteAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.raddr
}

func (c *conn) setDeadline(t time.Time, mode int) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.setDeadline(t, mode); err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// SetDeadline implements the Conn SetDeadline method.
func (c *conn) SetDeadline(t time.Time) error { return c.setDeadline(t, modeRead|modeWrite) }

// SetReadDeadline implements the Conn SetReadDeadline method.
func (c *conn) SetReadDeadline(t time.Time) error { return c.setDeadline(t, modeRead) }

// SetWriteDeadline implements the Conn SetWriteDeadline method.
func (c *conn) SetWriteDeadline(t time.Time) error { return c.setDeadline(t, modeWrite) }

func (c *conn) setsockopt(level, opt, value int) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.setsockoptInt(level, opt, value); err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// SetReadBuffer sets the size of the operating system's receive buffer.
func (c *conn) SetReadBuffer(bytes int) error { return c.setsockopt(solSocket, soRcvbuf, bytes) }

// SetWriteBuffer sets the size of the operating system's transmit buffer.
func (c *conn) SetWriteBuffer(bytes int) error { return c.setsockopt(solSocket, soSndbuf, bytes) }

// File is not supported by minigo.
func (c *conn) File() (f *os.File, err error) {
	return nil, &OpError{Op: "file", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: syscall.ENOTSUP}
}

// TCPConn is an implementation of the Conn interface for TCP network connections.
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

// CloseRead shuts down the reading side of the TCP connection.
func (c *TCPConn) CloseRead() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.shutdown(0); err != nil {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// CloseWrite shuts down the writing side of the TCP connection.
func (c *TCPConn) CloseWrite() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.shutdown(1); err != nil {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// SetNoDelay controls whether the operating system should delay packet transmission
// in hopes of sending fewer packets (Nagle's algorithm). The default is true (no
// delay).
func (c *TCPConn) SetNoDelay(noDelay bool) error {
	v := 0
	if noDelay {
		v = 1
	}
	return c.setsockopt(ipprotoTCP, tcpNodelay, v)
}

// SetKeepAlive sets whether the operating system should send keep-alive messages on
// the connection.
func (c *TCPConn) SetKeepAlive(keepalive bool) error {
	v := 0
	if keepalive {
		v = 1
	}
	return c.setsockopt(solSocket, soKeepalive, v)
}

// SetKeepAlivePeriod sets the idle duration the connection needs to remain idle
// before TCP starts sending keepalive probes.
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

// SetLinger sets the behavior of Close on a connection which still has data waiting
// to be sent or to be acknowledged (minigo: only sec < 0, the default, is supported
// without a struct option; other values return an error).
func (c *TCPConn) SetLinger(sec int) error {
	if sec < 0 {
		return nil
	}
	return &OpError{Op: "set", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: syscall.ENOTSUP}
}

// ReadFrom implements the io.ReaderFrom ReadFrom method.
func (c *TCPConn) ReadFrom(r io.Reader) (int64, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	return genericReadFrom(&c.conn, r)
}

// WriteTo implements the io.WriterTo WriteTo method.
func (c *TCPConn) WriteTo(w io.Writer) (int64, error) {
	if !c.ok() {
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

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd *netFD
}

func (l *TCPListener) ok() bool { return l != nil && l.fd != nil }

// AcceptTCP accepts the next incoming call and returns the new connection.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if !l.ok() {
		return nil, syscall.EINVAL
	}
	fd, err := l.fd.accept()
	if err != nil {
		return nil, &OpError{Op: "accept", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return newTCPConn(fd), nil
}

// Accept implements the Accept method in the Listener interface.
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening on the TCP address. Already Accepted connections are not
// closed.
func (l *TCPListener) Close() error {
	if !l.ok() {
		return syscall.EINVAL
	}
	if err := l.fd.Close(); err != nil {
		return &OpError{Op: "close", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// Addr returns the listener's network address, a *TCPAddr.
func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline sets the deadline associated with the listener. A zero time value
// disables the deadline.
func (l *TCPListener) SetDeadline(t time.Time) error {
	if !l.ok() {
		return syscall.EINVAL
	}
	if err := l.fd.setDeadline(t, modeRead|modeWrite); err != nil {
		return &OpError{Op: "set", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// UDPConn is the implementation of the Conn and PacketConn interfaces for UDP network
// connections.
type UDPConn struct {
	conn
}

// ReadFromUDP acts like ReadFrom but returns a UDPAddr.
func (c *UDPConn) ReadFromUDP(b []byte) (n int, addr *UDPAddr, err error) {
	if !c.ok() {
		return 0, nil, syscall.EINVAL
	}
	n, sa, err := c.fd.readFrom(b)
	if err != nil {
		return n, nil, &OpError{Op: "read", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	if a, ok := sockaddrToAddr(c.fd.net, sa).(*UDPAddr); ok {
		addr = a
	}
	return n, addr, nil
}

// ReadFrom implements the PacketConn ReadFrom method.
func (c *UDPConn) ReadFrom(b []byte) (int, Addr, error) {
	n, addr, err := c.ReadFromUDP(b)
	if addr == nil {
		return n, nil, err
	}
	return n, addr, err
}

// WriteToUDP acts like WriteTo but takes a UDPAddr.
func (c *UDPConn) WriteToUDP(b []byte, addr *UDPAddr) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	if c.fd.raddr != nil {
		return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: ErrWriteToConnected}
	}
	if addr == nil {
		return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: nil, Err: errMissingAddress}
	}
	sa := ipSockaddr(c.fd.family, addr.IP, addr.Port, addr.Zone)
	if sa == nil {
		return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: &AddrError{Err: "non-IPv4 address", Addr: addr.IP.String()}}
	}
	n, err := c.fd.writeTo(b, sa)
	if err != nil {
		return n, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: err}
	}
	return n, nil
}

// WriteTo implements the PacketConn WriteTo method.
func (c *UDPConn) WriteTo(b []byte, addr Addr) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	a, ok := addr.(*UDPAddr)
	if !ok {
		return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: syscall.EINVAL}
	}
	return c.WriteToUDP(b, a)
}

// UnixConn is an implementation of the Conn interface for connections to Unix domain
// sockets.
type UnixConn struct {
	conn
}

// CloseRead shuts down the reading side of the Unix domain connection.
func (c *UnixConn) CloseRead() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.shutdown(0); err != nil {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// CloseWrite shuts down the writing side of the Unix domain connection.
func (c *UnixConn) CloseWrite() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.shutdown(1); err != nil {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// UnixListener is a Unix domain socket listener.
type UnixListener struct {
	fd     *netFD
	path   string
	unlink bool
}

func (l *UnixListener) ok() bool { return l != nil && l.fd != nil }

// AcceptUnix accepts the next incoming call and returns the new connection.
func (l *UnixListener) AcceptUnix() (*UnixConn, error) {
	if !l.ok() {
		return nil, syscall.EINVAL
	}
	fd, err := l.fd.accept()
	if err != nil {
		return nil, &OpError{Op: "accept", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return &UnixConn{conn{fd}}, nil
}

// Accept implements the Accept method in the Listener interface.
func (l *UnixListener) Accept() (Conn, error) {
	c, err := l.AcceptUnix()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening on the Unix address and removes the socket file it created.
func (l *UnixListener) Close() error {
	if !l.ok() {
		return syscall.EINVAL
	}
	if err := l.fd.Close(); err != nil {
		return &OpError{Op: "close", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	if l.unlink && l.path != "" && l.path[0] != '@' {
		os.Remove(l.path)
	}
	return nil
}

// Addr returns the listener's network address.
func (l *UnixListener) Addr() Addr { return l.fd.laddr }

// SetUnlinkOnClose sets whether the underlying socket file should be removed from the
// file system when the listener is closed.
func (l *UnixListener) SetUnlinkOnClose(unlink bool) { l.unlink = unlink }

// SetDeadline sets the deadline associated with the listener.
func (l *UnixListener) SetDeadline(t time.Time) error {
	if !l.ok() {
		return syscall.EINVAL
	}
	if err := l.fd.setDeadline(t, modeRead|modeWrite); err != nil {
		return &OpError{Op: "set", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// Buffers contains zero or more runs of bytes to write.
type Buffers [][]byte

// WriteTo writes contents of the buffers to w.
func (v *Buffers) WriteTo(w io.Writer) (n int64, err error) {
	for _, b := range *v {
		nb, err := w.Write(b)
		n += int64(nb)
		if err != nil {
			v.consume(n)
			return n, err
		}
	}
	v.consume(n)
	return n, nil
}

// Read from the buffers.
func (v *Buffers) Read(p []byte) (n int, err error) {
	for len(p) > 0 && len(*v) > 0 {
		n0 := copy(p, (*v)[0])
		v.consume(int64(n0))
		p = p[n0:]
		n += n0
	}
	if len(*v) == 0 {
		err = io.EOF
	}
	return
}

func (v *Buffers) consume(n int64) {
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

package net

import (
	"io"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Linux's socket constants (the same on every architecture minigo runs on).
const (
	afUnix  = 1
	afInet  = 2
	afInet6 = 10

	sockStream = 1
	sockDgram  = 2

	solSocket   = 1
	soReuseaddr = 2
	soError     = 4
	soBroadcast = 6
	soKeepalive = 9
	soLinger    = 13
	soRcvbuf    = 8
	soSndbuf    = 7

	ipprotoTCP  = 6
	ipprotoIPv6 = 41
	tcpNodelay  = 1
	tcpKeepidle = 4
	tcpKeepintvl = 5
	ipv6V6only  = 26
)

// A netFD is a non-blocking socket registered with the network poller. Readers (Read,
// Accept, ReadFrom) hold rmu, writers wmu, so at most one goroutine waits on the poller
// per direction; Close evicts the waiters, then takes both locks before it closes the
// descriptor, so no system call ever sees a descriptor number reused by another file.
type netFD struct {
	sysfd  int
	pd     uintptr
	family int
	sotype int
	net    string
	laddr  Addr
	raddr  Addr

	rmu    sync.Mutex
	wmu    sync.Mutex
	cmu    sync.Mutex // guards closing and the poll handle against Close
	closed atomic.Bool
}

// registerFD registers a fresh socket with the poller (closing it on failure).
func registerFD(sysfd, family, sotype int, net string) (*netFD, error) {
	pd, errno := pollOpen(sysfd)
	if errno != 0 {
		sysClose(sysfd)
		return nil, os.NewSyscallError("epollctl", syscall.Errno(errno))
	}
	return &netFD{sysfd: sysfd, pd: pd, family: family, sotype: sotype, net: net}, nil
}

// socket creates a registered socket of the family and type.
func socket(family, sotype, proto int, net string) (*netFD, error) {
	s, errno := sysSocket(family, sotype, proto)
	if errno != 0 {
		return nil, os.NewSyscallError("socket", syscall.Errno(errno))
	}
	return registerFD(s, family, sotype, net)
}

// pollErr turns a poll code into the error Go's internal/poll reports.
func pollErr(code int) error {
	switch code {
	case pollClosing:
		return ErrClosed
	case pollTimeout:
		return os.ErrDeadlineExceeded
	}
	return nil
}

// wait parks until the direction is ready; nil means "retry the call".
func (fd *netFD) wait(mode int) error {
	return pollErr(pollWait(fd.pd, mode))
}

// prepare checks, before a call, that the descriptor is open and its deadline not
// passed (the caller holds the direction's lock).
func (fd *netFD) prepare(mode int) error {
	if fd.closed.Load() {
		return ErrClosed
	}
	return pollErr(pollCheck(fd.pd, mode))
}

func (fd *netFD) Read(p []byte) (int, error) {
	fd.rmu.Lock()
	n, err := fd.read(p)
	fd.rmu.Unlock()
	return n, err
}

func (fd *netFD) read(p []byte) (int, error) {
	if err := fd.prepare(modeRead); err != nil {
		return 0, err
	}
	if len(p) == 0 && fd.sotype == sockStream {
		return 0, nil
	}
	for {
		n, errno := sysRead(fd.sysfd, p)
		if errno == 0 {
			if n == 0 && fd.sotype == sockStream {
				return 0, io.EOF
			}
			return n, nil
		}
		if syscall.Errno(errno) != syscall.EAGAIN {
			return 0, os.NewSyscallError("read", syscall.Errno(errno))
		}
		if err := fd.wait(modeRead); err != nil {
			return 0, err
		}
	}
}

func (fd *netFD) Write(p []byte) (int, error) {
	fd.wmu.Lock()
	n, err := fd.write(p)
	fd.wmu.Unlock()
	return n, err
}

func (fd *netFD) write(p []byte) (int, error) {
	if err := fd.prepare(modeWrite); err != nil {
		return 0, err
	}
	// Stream sockets take the bytes in pieces; a write that moves nothing without an
	// error means the kernel will not take the rest.
	// (An empty p still makes one call: a datagram socket sends an empty datagram.)
	sent := 0
	for {
		n, errno := sysWrite(fd.sysfd, p[sent:])
		sent += n
		var err error
		switch {
		case errno == 0 && sent == len(p):
			return sent, nil
		case errno == 0 && n == 0:
			err = io.ErrUnexpectedEOF
		case errno == 0:
		case syscall.Errno(errno) == syscall.EAGAIN:
			err = fd.wait(modeWrite)
		default:
			err = os.NewSyscallError("write", syscall.Errno(errno))
		}
		if err != nil {
			return sent, err
		}
	}
}

// recvFrom reads one datagram into p; it returns the sender's address.
func (fd *netFD) recvFrom(p []byte) (int, Addr, error) {
	fd.rmu.Lock()
	defer fd.rmu.Unlock()
	if err := fd.prepare(modeRead); err != nil {
		return 0, nil, err
	}
	sa := make([]byte, sockaddrSize)
	for {
		n, salen, errno := sysRecvfrom(fd.sysfd, p, sa)
		if errno == 0 {
			return n, sockaddrToAddr(fd.net, sa[:salen]), nil
		}
		if syscall.Errno(errno) != syscall.EAGAIN {
			return 0, nil, os.NewSyscallError("recvfrom", syscall.Errno(errno))
		}
		if err := fd.wait(modeRead); err != nil {
			return 0, nil, err
		}
	}
}

func (fd *netFD) writeTo(p []byte, sa []byte) (int, error) {
	fd.wmu.Lock()
	defer fd.wmu.Unlock()
	if err := fd.prepare(modeWrite); err != nil {
		return 0, err
	}
	for {
		n, errno := sysSendto(fd.sysfd, p, sa)
		if errno == 0 {
			return n, nil
		}
		if syscall.Errno(errno) != syscall.EAGAIN {
			return 0, os.NewSyscallError("sendto", syscall.Errno(errno))
		}
		if err := fd.wait(modeWrite); err != nil {
			return 0, err
		}
	}
}

// nextConn waits for a connection of the listening descriptor fd; the new descriptor is
// registered, its addresses set. A failure is the listener's *OpError "accept".
func (fd *netFD) nextConn() (*netFD, error) {
	nfd, err := fd.acceptLocked()
	if err != nil {
		return nil, fd.listenerErr("accept", err)
	}
	return nfd, nil
}

func (fd *netFD) acceptLocked() (*netFD, error) {
	fd.rmu.Lock()
	defer fd.rmu.Unlock()
	if err := fd.prepare(modeRead); err != nil {
		return nil, err
	}
	sa := make([]byte, sockaddrSize)
	for {
		s, salen, errno := sysAccept(fd.sysfd, sa)
		if errno == 0 {
			nfd, err := registerFD(s, fd.family, fd.sotype, fd.net)
			if err != nil {
				return nil, err
			}
			nfd.setAddrs(nfd.localSockaddr(), sockaddrToAddr(fd.net, sa[:salen]))
			return nfd, nil
		}
		switch syscall.Errno(errno) {
		case syscall.EAGAIN:
			if err := fd.wait(modeRead); err != nil {
				return nil, err
			}
		case syscall.ECONNABORTED:
			// The peer gave up while queued: wait for the next one.
		default:
			return nil, os.NewSyscallError("accept", syscall.Errno(errno))
		}
	}
}

// connect starts a connection to sa and waits for it until deadline (zero: none).
func (fd *netFD) connect(sa []byte, deadline time.Time) error {
	errno := sysConnect(fd.sysfd, sa)
	switch syscall.Errno(errno) {
	case 0, syscall.EISCONN:
		return nil
	case syscall.EINPROGRESS, syscall.EALREADY:
	default:
		return os.NewSyscallError("connect", syscall.Errno(errno))
	}
	if !deadline.IsZero() {
		pollSetDeadline(fd.pd, modeWrite, true, int64(time.Until(deadline)))
		defer pollSetDeadline(fd.pd, modeWrite, false, 0)
	}
	for {
		if err := fd.wait(modeWrite); err != nil {
			if err == os.ErrDeadlineExceeded {
				return errTimeout
			}
			return err
		}
		v, errno := sysGetsockoptInt(fd.sysfd, solSocket, soError)
		if errno != 0 {
			return os.NewSyscallError("getsockopt", syscall.Errno(errno))
		}
		switch e := syscall.Errno(v); e {
		case 0, syscall.EISCONN:
			return nil
		case syscall.EINTR, syscall.EALREADY, syscall.EINPROGRESS:
			// Still on its way: wait again.
		default:
			return os.NewSyscallError("connect", e)
		}
	}
}

// Close evicts waiters, waits for the readers and writers to leave, then closes.
func (fd *netFD) Close() error {
	fd.cmu.Lock()
	if fd.closed.Load() {
		fd.cmu.Unlock()
		return ErrClosed
	}
	fd.closed.Store(true)
	pollEvict(fd.pd)
	fd.cmu.Unlock()
	fd.rmu.Lock()
	fd.wmu.Lock()
	pollClose(fd.pd)
	errno := sysClose(fd.sysfd)
	fd.wmu.Unlock()
	fd.rmu.Unlock()
	if errno != 0 {
		return os.NewSyscallError("close", syscall.Errno(errno))
	}
	return nil
}

// Directions of sysShutdown.
const (
	shutRead  = 0
	shutWrite = 1
)

// closeHalf shuts one direction of a connection down (shutRead or shutWrite); a
// failure is the connection's *OpError "close".
func (fd *netFD) closeHalf(dir int) error {
	fd.cmu.Lock()
	defer fd.cmu.Unlock()
	var err error
	if fd.closed.Load() {
		err = ErrClosed
	} else if errno := sysShutdown(fd.sysfd, dir); errno != 0 {
		err = os.NewSyscallError("shutdown", syscall.Errno(errno))
	}
	if err != nil {
		return fd.connErr("close", err)
	}
	return nil
}

// setDeadline: mode 1 read, 2 write, 3 both; the zero time clears.
func (fd *netFD) setDeadline(t time.Time, mode int) error {
	fd.cmu.Lock()
	defer fd.cmu.Unlock()
	if fd.closed.Load() {
		return ErrClosed
	}
	if t.IsZero() {
		pollSetDeadline(fd.pd, mode, false, 0)
	} else {
		d := time.Until(t)
		if d <= 0 {
			d = -1
		}
		pollSetDeadline(fd.pd, mode, true, int64(d))
	}
	return nil
}

func (fd *netFD) setsockoptInt(level, opt, value int) error {
	fd.cmu.Lock()
	defer fd.cmu.Unlock()
	if fd.closed.Load() {
		return ErrClosed
	}
	if errno := sysSetsockoptInt(fd.sysfd, level, opt, value); errno != 0 {
		return os.NewSyscallError("setsockopt", syscall.Errno(errno))
	}
	return nil
}

func (fd *netFD) localSockaddr() Addr {
	sa := make([]byte, sockaddrSize)
	n, errno := sysGetsockname(fd.sysfd, sa)
	if errno != 0 {
		return nil
	}
	return sockaddrToAddr(fd.net, sa[:n])
}

func (fd *netFD) remoteSockaddr() Addr {
	sa := make([]byte, sockaddrSize)
	n, errno := sysGetpeername(fd.sysfd, sa)
	if errno != 0 {
		return nil
	}
	return sockaddrToAddr(fd.net, sa[:n])
}

func (fd *netFD) setAddrs(laddr, raddr Addr) {
	fd.laddr = laddr
	fd.raddr = raddr
}

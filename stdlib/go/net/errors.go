package net

import (
	"context"
	"errors"
	"os"
)

// Error is what the package's errors offer beyond error: whether they are timeouts.
type Error interface {
	error
	Timeout() bool

	// Temporary is deprecated in Go: what it means was never well defined.
	Temporary() bool
}

// ErrClosed is the cause (inside an *OpError) of an operation on a connection or
// listener closed before or during it.
var ErrClosed error = errNetClosing{}

// errNetClosing is the type of ErrClosed.
type errNetClosing struct{}

func (e errNetClosing) Error() string   { return "use of closed network connection" }
func (e errNetClosing) Timeout() bool   { return false }
func (e errNetClosing) Temporary() bool { return false }

// ErrWriteToConnected: WriteTo was called on a connected datagram socket.
var ErrWriteToConnected = errors.New("use of WriteTo with pre-connected connection")

var (
	errMissingAddress    = errors.New("missing address")
	errCanceled          = canceledError{}
	errTimeout           error = &timeoutError{}
)

// canceledError lets errors.Is(err, context.Canceled) match a dial canceled by its
// context.
type canceledError struct{}

func (canceledError) Error() string        { return "operation was canceled" }
func (canceledError) Is(err error) bool    { return err == context.Canceled }

// timeoutError is a dial's timeout (it matches context.DeadlineExceeded, not
// os.ErrDeadlineExceeded, as in Go).
type timeoutError struct{}

func (e *timeoutError) Error() string        { return "i/o timeout" }
func (e *timeoutError) Timeout() bool        { return true }
func (e *timeoutError) Temporary() bool      { return true }
func (e *timeoutError) Is(err error) bool    { return err == context.DeadlineExceeded }

// OpError is the package's usual error: which operation on which network and
// addresses failed, and why.
type OpError struct {
	// Op: "dial", "listen", "accept", "read", "write", "close", "set", ...
	Op string

	// Net: the network, "tcp", "udp6", ...
	Net string

	// Source: the local end of a connection's operation (nil otherwise).
	Source Addr

	// Addr: the remote end of a connection's operation, or the local address of a
	// listener's.
	Addr Addr

	// Err: the cause (a *os.SyscallError, ErrClosed, os.ErrDeadlineExceeded, ...).
	Err error
}

func (e *OpError) Unwrap() error { return e.Err }

// opError builds the *OpError of operation op on network nw between the local end src
// and the remote (or listening) end dst; either may be nil.
func opError(op, nw string, src, dst Addr, cause error) *OpError {
	return &OpError{op, nw, src, dst, cause}
}

// connErr is the *OpError of a connection's operation: from its local end to its peer.
func (fd *netFD) connErr(op string, cause error) *OpError {
	return opError(op, fd.net, fd.laddr, fd.raddr, cause)
}

// listenerErr is the *OpError of a listener's operation: no source, the bound address.
func (fd *netFD) listenerErr(op string, cause error) *OpError {
	return opError(op, fd.net, nil, fd.laddr, cause)
}

// hasTimeout reports whether err says of itself that it is a timeout.
func hasTimeout(err error) bool {
	if t, ok := err.(interface{ Timeout() bool }); ok {
		return t.Timeout()
	}
	return false
}

// Error prints "op net source->addr: err", leaving out what is missing.
func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Op
	if e.Net != "" {
		s += " " + e.Net
	}
	if e.Source != nil {
		s += " " + e.Source.String()
	}
	if e.Addr != nil {
		if e.Source != nil {
			s += "->"
		} else {
			s += " "
		}
		s += e.Addr.String()
	}
	return s + ": " + e.Err.Error()
}

// Timeout says whether the cause is a timeout.
func (e *OpError) Timeout() bool {
	cause := e.Err
	if se, ok := cause.(*os.SyscallError); ok {
		cause = se.Err
	}
	return hasTimeout(cause)
}

// Temporary says whether the cause claims to be temporary.
func (e *OpError) Temporary() bool {
	if e.Op == "accept" && isAbortedConn(e.Err) {
		return true
	}
	if se, ok := e.Err.(*os.SyscallError); ok {
		t, ok := se.Err.(interface{ Temporary() bool })
		return ok && t.Temporary()
	}
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

func isAbortedConn(err error) bool {
	if se, ok := err.(*os.SyscallError); ok {
		s := se.Err.Error()
		return s == "connection reset by peer" || s == "software caused connection abort"
	}
	return false
}

// ParseError: text that is not a valid address of the expected kind.
type ParseError struct {
	Type string // what was expected: "IP address", "CIDR address"
	Text string // what was given
}

func (e *ParseError) Error() string   { return "invalid " + e.Type + ": " + e.Text }
func (e *ParseError) Timeout() bool   { return false }
func (e *ParseError) Temporary() bool { return false }

// AddrError: an address that cannot be used, with the reason.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	if e.Addr == "" {
		return e.Err
	}
	return "address " + e.Addr + ": " + e.Err
}

func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

// UnknownNetworkError: a network name the package does not know.
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string   { return "unknown network " + string(e) }
func (e UnknownNetworkError) Timeout() bool   { return false }
func (e UnknownNetworkError) Temporary() bool { return false }

// InvalidAddrError: an address that is not valid.
type InvalidAddrError string

func (e InvalidAddrError) Error() string   { return string(e) }
func (e InvalidAddrError) Timeout() bool   { return false }
func (e InvalidAddrError) Temporary() bool { return false }

// DNSError: a name or service that could not be resolved.
type DNSError struct {
	UnwrapErr   error  // what Unwrap returns
	Err         string // the reason ("no such host", "unknown port")
	Name        string // the name resolved
	Server      string // the DNS server asked (empty: minigo asks none)
	IsTimeout   bool
	IsTemporary bool
	IsNotFound  bool // the name does not exist
}

func (e *DNSError) Unwrap() error { return e.UnwrapErr }

func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "lookup " + e.Name
	if e.Server != "" {
		s += " on " + e.Server
	}
	s += ": " + e.Err
	return s
}

func (e *DNSError) Timeout() bool   { return e.IsTimeout }
func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

// The reason of an address error when no address of a host fits the network (an IPv6
// literal for "tcp4").
const noSuitableAddress = "no suitable address found"

// The reason of a name the hosts file does not know.
const errNoSuchHost = "no such host"

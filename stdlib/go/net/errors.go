package net

import (
	"context"
	"errors"
	"os"
)

// An Error represents a network error.
type Error interface {
	error
	Timeout() bool // Is the error a timeout?

	// Deprecated: Temporary errors are not well-defined.
	Temporary() bool
}

// ErrClosed is the error returned by an I/O call on a network connection that has
// already been closed, or that is closed by another goroutine before the I/O is
// completed.
var ErrClosed error = errNetClosing{}

// errNetClosing is the type of ErrClosed.
type errNetClosing struct{}

func (e errNetClosing) Error() string   { return "use of closed network connection" }
func (e errNetClosing) Timeout() bool   { return false }
func (e errNetClosing) Temporary() bool { return false }

// ErrWriteToConnected is returned by WriteTo on a connected socket.
var ErrWriteToConnected = errors.New("use of WriteTo with pre-connected connection")

var (
	errNoSuitableAddress = errors.New("no suitable address found")
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

// OpError is the error type usually returned by functions in the net package. It
// describes the operation, network type, and address of an error.
type OpError struct {
	// Op is the operation which caused the error, such as "read" or "write".
	Op string

	// Net is the network type on which this error occurred, such as "tcp" or "udp6".
	Net string

	// For operations involving a remote network connection, like Dial, Read, or
	// Write, Source is the corresponding local network address.
	Source Addr

	// Addr is the network address for which this error occurred. For local
	// operations, like Listen or SetDeadline, Addr is the address of the local
	// endpoint being manipulated. For operations involving a remote network
	// connection, like Dial, Read, or Write, Addr is the remote address of that
	// connection.
	Addr Addr

	// Err is the error that occurred during the operation.
	Err error
}

func (e *OpError) Unwrap() error { return e.Err }

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

// Timeout reports whether the error is a timeout.
func (e *OpError) Timeout() bool {
	if se, ok := e.Err.(*os.SyscallError); ok {
		t, ok := se.Err.(interface{ Timeout() bool })
		return ok && t.Timeout()
	}
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// Temporary reports whether the error is temporary.
func (e *OpError) Temporary() bool {
	if e.Op == "accept" && isConnError(e.Err) {
		return true
	}
	if se, ok := e.Err.(*os.SyscallError); ok {
		t, ok := se.Err.(interface{ Temporary() bool })
		return ok && t.Temporary()
	}
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

func isConnError(err error) bool {
	if se, ok := err.(*os.SyscallError); ok {
		s := se.Err.Error()
		return s == "connection reset by peer" || s == "software caused connection abort"
	}
	return false
}

// A ParseError is the error type of literal network address parsers.
type ParseError struct {
	// Type is the type of string that was expected, such as "IP address", "CIDR
	// address".
	Type string

	// Text is the malformed text string.
	Text string
}

func (e *ParseError) Error() string   { return "invalid " + e.Type + ": " + e.Text }
func (e *ParseError) Timeout() bool   { return false }
func (e *ParseError) Temporary() bool { return false }

// An AddrError is an error about a network address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Err
	if e.Addr != "" {
		s = "address " + e.Addr + ": " + s
	}
	return s
}

func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

// An UnknownNetworkError is returned for an unknown network name.
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string   { return "unknown network " + string(e) }
func (e UnknownNetworkError) Timeout() bool   { return false }
func (e UnknownNetworkError) Temporary() bool { return false }

// An InvalidAddrError is returned for an invalid address.
type InvalidAddrError string

func (e InvalidAddrError) Error() string   { return string(e) }
func (e InvalidAddrError) Timeout() bool   { return false }
func (e InvalidAddrError) Temporary() bool { return false }

// DNSError represents a DNS lookup error.
type DNSError struct {
	UnwrapErr   error  // error returned by the Unwrap method, if any
	Err         string // description of the error
	Name        string // name looked for
	Server      string // server used
	IsTimeout   bool   // if true, timed out; not all timeouts set this
	IsTemporary bool   // if true, error is temporary; not all errors set this

	// IsNotFound is set to true when the requested name does not contain any
	// records of the requested type (data not found), or the name itself was not
	// found (NXDOMAIN).
	IsNotFound bool
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

// ErrNotFound-like text of a failed lookup.
const errNoSuchHost = "no such host"

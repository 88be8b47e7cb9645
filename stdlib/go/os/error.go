package os

import (
	"io/fs"
	"syscall"
)

// Errors that describe a failure independently of the system's error numbers.
var (
	// ErrInvalid indicates an invalid argument. Methods on File will return this error
	// when the receiver is nil.
	ErrInvalid = fs.ErrInvalid // "invalid argument"

	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline       = errNoDeadline       // "file type does not support deadline"
	ErrDeadlineExceeded = errDeadlineExceeded // "i/o timeout"
	ErrProcessDone      = errProcessDone      // "os: process already finished"
)

var (
	errNoDeadline       = newError("file type does not support deadline")
	errDeadlineExceeded = &timeoutError{}
	errProcessDone      = newError("os: process already finished")
)

type plainError struct{ s string }

func (e *plainError) Error() string { return e.s }

func newError(s string) error { return &plainError{s} }

type timeoutError struct{}

func (e *timeoutError) Error() string   { return "i/o timeout" }
func (e *timeoutError) Timeout() bool   { return true }
func (e *timeoutError) Temporary() bool { return true }

type timeout interface {
	Timeout() bool
}

// PathError is fs.PathError: an operation, a path and the cause.
type PathError = fs.PathError

// SyscallError is a failed system call: its name and the cause.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the cause is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(timeout)
	return ok && t.Timeout()
}

// NewSyscallError returns, as an error, a new SyscallError with the given system call
// name and error details. As a convenience, if err is nil, NewSyscallError returns
// nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{Syscall: syscall, Err: err}
}

// LinkError records an error during a link or symlink or rename system call and the
// paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// IsExist returns a boolean indicating whether its argument is known to report that a
// file or directory already exists. It is satisfied by ErrExist as well as some
// syscall errors.
func IsExist(err error) bool { return isOSError(err, ErrExist) }

// IsNotExist returns a boolean indicating whether its argument is known to report that
// a file or directory does not exist. It is satisfied by ErrNotExist as well as some
// syscall errors.
func IsNotExist(err error) bool { return isOSError(err, ErrNotExist) }

// IsPermission returns a boolean indicating whether its argument is known to report
// that permission is denied. It is satisfied by ErrPermission as well as some syscall
// errors.
func IsPermission(err error) bool { return isOSError(err, ErrPermission) }

// IsTimeout returns a boolean indicating whether its argument is known to report that
// a timeout occurred.
func IsTimeout(err error) bool {
	t, ok := osCause(err).(timeout)
	return ok && t.Timeout()
}

// isOSError says whether err, or the cause inside one of this package's error types
// (only those, as in Go: not every Unwrap), is target or a system error number
// matching it.
func isOSError(err, target error) bool {
	cause := osCause(err)
	if errno, ok := cause.(syscall.Errno); ok {
		return errno.Is(target)
	}
	return cause == target
}

// osCause is the error inside a *PathError, *LinkError or *SyscallError; err itself
// otherwise.
func osCause(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// errnoErr converts a native errno to an error (nil for 0).
func errnoErr(errno int) error {
	if errno == 0 {
		return nil
	}
	return syscall.Errno(errno)
}

// Package syscall is minigo's small subset of Go's syscall package: the Errno type the
// os package reports (with Linux's numbers and texts), and a few process constants.
package syscall

import (
	"errors"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition. It implements the
// error interface. The zero Errno is by convention a non-error, so code to convert
// from Errno to error should use:
//
//	err = nil
//	if errno != 0 {
//		err = errno
//	}
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errnoText) {
		if s := errnoText[e]; s != "" {
			return s
		}
	}
	return "errno " + itoa(int(e))
}

// Is reports whether e matches one of the portable errors (os.ErrPermission,
// os.ErrExist, os.ErrNotExist, errors.ErrUnsupported).
func (e Errno) Is(target error) bool {
	var group []Errno
	switch target {
	case oserror.ErrPermission:
		group = []Errno{EACCES, EPERM}
	case oserror.ErrExist:
		group = []Errno{EEXIST, ENOTEMPTY}
	case oserror.ErrNotExist:
		group = []Errno{ENOENT}
	case errors.ErrUnsupported:
		group = []Errno{ENOSYS, ENOTSUP, EOPNOTSUPP}
	}
	return e.oneOf(group...)
}

// oneOf says whether e is one of the given numbers.
func (e Errno) oneOf(nums ...Errno) bool {
	for _, n := range nums {
		if n == e {
			return true
		}
	}
	return false
}

// Temporary reports whether the error is temporary (interrupted, out of descriptors,
// or a timeout).
func (e Errno) Temporary() bool {
	return e.Timeout() || e.oneOf(EINTR, EMFILE, ENFILE)
}

// Timeout reports whether the error is a timeout (would block, timed out).
func (e Errno) Timeout() bool {
	return e.oneOf(EAGAIN, EWOULDBLOCK, ETIMEDOUT)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// A Signal is a signal number.
type Signal int

// Signal numbers (Linux).
const (
	SIGHUP  Signal = 1
	SIGINT  Signal = 2
	SIGQUIT Signal = 3
	SIGKILL Signal = 9
	SIGPIPE Signal = 13
	SIGALRM Signal = 14
	SIGTERM Signal = 15
)

// Signal marks Signal as an os.Signal.
func (s Signal) Signal() {}

func (s Signal) String() string {
	switch s {
	case SIGHUP:
		return "hangup"
	case SIGINT:
		return "interrupt"
	case SIGQUIT:
		return "quit"
	case SIGKILL:
		return "killed"
	case SIGPIPE:
		return "broken pipe"
	case SIGALRM:
		return "alarm clock"
	case SIGTERM:
		return "terminated"
	}
	return "signal " + itoa(int(s))
}

// Standard file descriptors.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

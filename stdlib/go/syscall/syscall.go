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

// Signal numbers (Linux, x86-64).
const (
	SIGHUP    Signal = 0x1
	SIGINT    Signal = 0x2
	SIGQUIT   Signal = 0x3
	SIGILL    Signal = 0x4
	SIGTRAP   Signal = 0x5
	SIGABRT   Signal = 0x6
	SIGIOT    Signal = 0x6
	SIGBUS    Signal = 0x7
	SIGFPE    Signal = 0x8
	SIGKILL   Signal = 0x9
	SIGUSR1   Signal = 0xa
	SIGSEGV   Signal = 0xb
	SIGUSR2   Signal = 0xc
	SIGPIPE   Signal = 0xd
	SIGALRM   Signal = 0xe
	SIGTERM   Signal = 0xf
	SIGSTKFLT Signal = 0x10
	SIGCHLD   Signal = 0x11
	SIGCLD    Signal = 0x11
	SIGCONT   Signal = 0x12
	SIGSTOP   Signal = 0x13
	SIGTSTP   Signal = 0x14
	SIGTTIN   Signal = 0x15
	SIGTTOU   Signal = 0x16
	SIGURG    Signal = 0x17
	SIGXCPU   Signal = 0x18
	SIGXFSZ   Signal = 0x19
	SIGVTALRM Signal = 0x1a
	SIGPROF   Signal = 0x1b
	SIGWINCH  Signal = 0x1c
	SIGIO     Signal = 0x1d
	SIGPOLL   Signal = 0x1d
	SIGPWR    Signal = 0x1e
	SIGSYS    Signal = 0x1f
	SIGUNUSED Signal = 0x1f
)

// signalNames are the descriptions of signals 1 to 31, as strsignal(3) words them.
var signalNames = [...]string{
	"hangup",
	"interrupt",
	"quit",
	"illegal instruction",
	"trace/breakpoint trap",
	"aborted",
	"bus error",
	"floating point exception",
	"killed",
	"user defined signal 1",
	"segmentation fault",
	"user defined signal 2",
	"broken pipe",
	"alarm clock",
	"terminated",
	"stack fault",
	"child exited",
	"continued",
	"stopped (signal)",
	"stopped",
	"stopped (tty input)",
	"stopped (tty output)",
	"urgent I/O condition",
	"CPU time limit exceeded",
	"file size limit exceeded",
	"virtual timer expired",
	"profiling timer expired",
	"window changed",
	"I/O possible",
	"power failure",
	"bad system call",
}

// Signal marks Signal as an os.Signal.
func (s Signal) Signal() {}

func (s Signal) String() string {
	if 1 <= s && int(s) <= len(signalNames) {
		return signalNames[s-1]
	}
	return "signal " + itoa(int(s))
}

// Standard file descriptors.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

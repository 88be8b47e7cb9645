package os

import (
	"errors"
	"io"
)

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard
// output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// ErrClosed is returned for operations on a closed file.
var ErrClosed = errors.New("file already closed")

// ErrInvalid indicates an invalid argument (such as a nil *File).
var ErrInvalid = errors.New("invalid argument")

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written
// and an error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		m, errno := sysWrite(f.fd, b[n:])
		if errno != 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: Errno(errno)}
		}
		n += m
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice
// of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes from the File and stores them in b. It returns the
// number of bytes read and any error encountered. At end of file, Read returns 0,
// io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := sysRead(f.fd, b)
	if errno != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: Errno(errno)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Errno is an operating system error number.
type Errno uintptr

func (e Errno) Error() string { return "errno " + itoa(int(e)) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
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

// Test shim: os natives backed by real Go's os and syscall packages.
package os

import (
	goos "os"
	"syscall"
)

func runtimeArgs() []string { return goos.Args }

func Exit(code int) { goos.Exit(code) }

func errnoOf(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(syscall.Errno); ok {
		return int(e)
	}
	return int(syscall.EIO)
}

func sysWrite(fd int, b []byte) (int, int) {
	n, err := syscall.Write(fd, b)
	if n < 0 {
		n = 0
	}
	return n, errnoOf(err)
}

func sysRead(fd int, b []byte) (int, int) {
	n, err := syscall.Read(fd, b)
	if n < 0 {
		n = 0
	}
	return n, errnoOf(err)
}

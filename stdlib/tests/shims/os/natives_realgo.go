// Test shim: os natives backed by real Go's syscall and os packages.
package os

import (
	goos "os"
	"syscall"
)

func errnoOf(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(syscall.Errno); ok {
		return int(e)
	}
	if pe, ok := err.(*goos.PathError); ok {
		return errnoOf(pe.Err)
	}
	if se, ok := err.(*goos.SyscallError); ok {
		return errnoOf(se.Err)
	}
	return int(syscall.EIO)
}

func retry(f func() error) error {
	for {
		err := f()
		if err != syscall.EINTR {
			return err
		}
	}
}

func runtimeArgs() []string { return goos.Args }
func Exit(code int)         { goos.Exit(code) }

func sysOpen(name string, flag int, perm uint32) (int, int) {
	var fd int
	err := retry(func() (err error) { fd, err = syscall.Open(name, flag|syscall.O_CLOEXEC, perm); return })
	return fd, errnoOf(err)
}
func sysClose(fd int) int { return errnoOf(syscall.Close(fd)) }
func sysRead(fd int, b []byte) (int, int) {
	var n int
	err := retry(func() (err error) { n, err = syscall.Read(fd, b); return })
	if n < 0 {
		n = 0
	}
	return n, errnoOf(err)
}
func sysWrite(fd int, b []byte) (int, int) {
	var n int
	err := retry(func() (err error) { n, err = syscall.Write(fd, b); return })
	if n < 0 {
		n = 0
	}
	return n, errnoOf(err)
}
func sysPread(fd int, b []byte, off int64) (int, int) {
	n, err := syscall.Pread(fd, b, off)
	if n < 0 {
		n = 0
	}
	return n, errnoOf(err)
}
func sysPwrite(fd int, b []byte, off int64) (int, int) {
	n, err := syscall.Pwrite(fd, b, off)
	if n < 0 {
		n = 0
	}
	return n, errnoOf(err)
}
func sysSeek(fd int, offset int64, whence int) (int64, int) {
	off, err := syscall.Seek(fd, offset, whence)
	return off, errnoOf(err)
}
func sysFsync(fd int) int                     { return errnoOf(syscall.Fsync(fd)) }
func sysFtruncate(fd int, size int64) int     { return errnoOf(syscall.Ftruncate(fd, size)) }
func sysTruncate(name string, size int64) int { return errnoOf(syscall.Truncate(name, size)) }

func statResult(st *syscall.Stat_t, err error) (uint32, int64, int64, int64, uint64, uint64, int) {
	if err != nil {
		return 0, 0, 0, 0, 0, 0, errnoOf(err)
	}
	return st.Mode, st.Size, st.Mtim.Sec, st.Mtim.Nsec, st.Dev, st.Ino, 0
}

func sysStat(name string, follow bool) (uint32, int64, int64, int64, uint64, uint64, int) {
	var st syscall.Stat_t
	var err error
	if follow {
		err = syscall.Stat(name, &st)
	} else {
		err = syscall.Lstat(name, &st)
	}
	return statResult(&st, err)
}

func sysFstat(fd int) (uint32, int64, int64, int64, uint64, uint64, int) {
	var st syscall.Stat_t
	err := syscall.Fstat(fd, &st)
	return statResult(&st, err)
}

func sysMkdir(name string, perm uint32) int { return errnoOf(syscall.Mkdir(name, perm)) }
func sysUnlink(name string) int             { return errnoOf(syscall.Unlink(name)) }
func sysRmdir(name string) int              { return errnoOf(syscall.Rmdir(name)) }
func sysRename(from, to string) int         { return errnoOf(syscall.Rename(from, to)) }
func sysChmod(name string, mode uint32) int { return errnoOf(syscall.Chmod(name, mode)) }
func sysSymlink(target, name string) int    { return errnoOf(syscall.Symlink(target, name)) }
func sysLink(from, to string) int           { return errnoOf(syscall.Link(from, to)) }
func sysReadlink(name string) (string, int) {
	s, err := goos.Readlink(name)
	return s, errnoOf(err)
}
func sysReadDirNames(name string) ([]string, int) {
	f, err := goos.Open(name)
	if err != nil {
		return nil, errnoOf(err)
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	return names, errnoOf(err)
}
func sysGetwd() (string, int) {
	d, err := syscall.Getwd()
	return d, errnoOf(err)
}
func sysChdir(dir string) int             { return errnoOf(syscall.Chdir(dir)) }
func sysGetenv(key string) (string, bool) { return syscall.Getenv(key) }
func sysSetenv(key, value string) int     { return errnoOf(syscall.Setenv(key, value)) }
func sysUnsetenv(key string) int          { return errnoOf(syscall.Unsetenv(key)) }
func sysClearenv()                        { syscall.Clearenv() }
func sysEnviron() []string                { return syscall.Environ() }
func sysGetpid() int                      { return syscall.Getpid() }
func sysGetppid() int                     { return syscall.Getppid() }
func sysGetuid() int                      { return syscall.Getuid() }
func sysGeteuid() int                     { return syscall.Geteuid() }
func sysGetgid() int                      { return syscall.Getgid() }
func sysGetegid() int                     { return syscall.Getegid() }
func sysHostname() (string, int) {
	h, err := goos.Hostname()
	return h, errnoOf(err)
}
func sysExecutable() (string, int) {
	p, err := goos.Executable()
	return p, errnoOf(err)
}

package os

import (
	"errors"
	"syscall"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() { Args = runtimeArgs() }

// Getpid returns the process id of the caller.
func Getpid() int { return sysGetpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return sysGetppid() }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return sysGetuid() }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return sysGeteuid() }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return sysGetgid() }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return sysGetegid() }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, errno := sysHostname()
	if errno != 0 {
		return "", NewSyscallError("uname", syscall.Errno(errno))
	}
	return name, nil
}

// Executable returns the path name for the executable that started the current
// process (for minigo, the interpreter).
func Executable() (string, error) {
	p, errno := sysExecutable()
	if errno != 0 {
		return "", &PathError{Op: "readlink", Path: "/proc/self/exe", Err: syscall.Errno(errno)}
	}
	return p, nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	dir, errno := sysGetwd()
	if errno != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(errno))
	}
	return dir, nil
}

// Chdir changes the current working directory to the named directory. If there is an
// error, it will be of type *PathError.
func Chdir(dir string) error {
	if errno := sysChdir(dir); errno != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: syscall.Errno(errno)}
	}
	return nil
}

// TempDir returns the default directory to use for temporary files: $TMPDIR if
// non-empty, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns the default root directory to use for user-specific cached
// data: $XDG_CACHE_HOME if non-empty, else $HOME/.cache.
func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		dir += "/.cache"
	}
	return dir, nil
}

// UserConfigDir returns the default root directory to use for user-specific
// configuration data: $XDG_CONFIG_HOME if non-empty, else $HOME/.config.
func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		dir += "/.config"
	}
	return dir, nil
}

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The only signal values guaranteed to be present in the os package on all systems
// are os.Interrupt (send the process an interrupt) and os.Kill (force the process to
// exit).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

package os

import (
	"errors"
	"syscall"
)

// Args are the command-line arguments; Args[0] is the program.
var Args []string

func init() { Args = runtimeArgs() }

// Getpid, Getppid, Getuid, Geteuid, Getgid and Getegid are the ids of the process, its
// parent, and its real and effective user and group.
func Getpid() int { return sysGetpid() }

func Getppid() int { return sysGetppid() }

func Getuid() int { return sysGetuid() }

func Geteuid() int { return sysGeteuid() }

func Getgid() int { return sysGetgid() }

func Getegid() int { return sysGetegid() }

// Getpagesize is the size of a memory page.
func Getpagesize() int { return 4096 }

// Hostname is the machine's name as the kernel knows it.
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
	home := Getenv("HOME")
	var err error
	if home == "" {
		err = errors.New("$HOME is not defined")
	}
	return home, err
}

// UserCacheDir returns the default root directory to use for user-specific cached
// data: $XDG_CACHE_HOME if non-empty, else $HOME/.cache.
func UserCacheDir() (string, error) { return xdgDir("XDG_CACHE_HOME", ".cache") }

// UserConfigDir is where per-user configuration goes: $XDG_CONFIG_HOME, else
// $HOME/.config.
func UserConfigDir() (string, error) { return xdgDir("XDG_CONFIG_HOME", ".config") }

// xdgDir is the directory named by the XDG variable xdg when it is set, else the
// directory sub of $HOME.
func xdgDir(xdg, sub string) (string, error) {
	if dir := Getenv(xdg); dir != "" {
		return dir, nil
	}
	if home := Getenv("HOME"); home != "" {
		return home + "/" + sub, nil
	}
	return "", errors.New("neither $" + xdg + " nor $HOME are defined")
}

// Signal is an operating system signal.
type Signal interface {
	String() string
	Signal() // only marks the type as a signal
}

// The only signal values guaranteed to be present in the os package on all systems
// are os.Interrupt (send the process an interrupt) and os.Kill (force the process to
// exit).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

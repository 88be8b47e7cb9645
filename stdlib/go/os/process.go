package os

import (
	"errors"
	"sync"
	"syscall"
	"time"
)

// ProcAttr holds the attributes that will be applied to a new process started by
// StartProcess.
type ProcAttr struct {
	// Dir, if non-empty, is the directory the child runs in.
	Dir string
	// Env, if non-nil, is the child's environment ("key=value" strings); nil means
	// this process's environment (Environ).
	Env []string
	// Files are the child's open files by descriptor number: standard input, output
	// and error, then any extra ones. A nil entry leaves that descriptor closed.
	Files []*File
	// Sys holds Linux-specific attributes.
	Sys *syscall.SysProcAttr
}

// Process stores the information about a process created by StartProcess.
type Process struct {
	Pid int

	mu       sync.Mutex // held while signalling, and while marking the process done
	done     bool       // collected by Wait: the pid may belong to someone else now
	released bool
}

// errReleased is the error of signalling a released process.
var errReleased = errors.New("os: process already released")

// StartProcess starts a new process with the program, arguments and attributes
// specified by name, argv and attr. The argv slice will become os.Args in the new
// process, so it normally starts with the program name. If there is an error, it will
// be of type *PathError.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr.Dir != "" {
		// A missing directory is reported as Go does, before anything starts.
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	fds := make([]int, len(attr.Files))
	for i, f := range attr.Files {
		fds[i] = -1
		if f != nil && !f.closed {
			fds[i] = f.fd
		}
	}
	var setsid, setpgid bool
	var pgid, deathSig int
	if s := attr.Sys; s != nil {
		setsid, setpgid, pgid, deathSig = s.Setsid, s.Setpgid, s.Pgid, int(s.Pdeathsig)
	}
	pid, errno := sysForkExec(name, argv, env, attr.Dir, fds, setsid, setpgid, pgid, deathSig)
	if errno != 0 {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: syscall.Errno(errno)}
	}
	return &Process{Pid: pid}, nil
}

// FindProcess looks for a running process by its pid. On Unix systems it always
// succeeds and returns a Process for the given pid, whether or not it exists; a
// Signal then reports ErrProcessDone if it does not.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Kill causes the Process to exit immediately (SIGKILL). Kill does not wait until the
// Process has actually exited.
func (p *Process) Kill() error { return p.Signal(Kill) }

// Signal sends a signal to the Process. Sending to a process that has already been
// waited for or no longer exists reports ErrProcessDone.
func (p *Process) Signal(sig Signal) error {
	if p == nil {
		return ErrInvalid
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.released:
		return errReleased
	case p.done:
		return ErrProcessDone
	}
	errno := sysKill(p.Pid, int(s))
	if errno == int(syscall.ESRCH) {
		return ErrProcessDone
	}
	if errno != 0 {
		return NewSyscallError("kill", syscall.Errno(errno))
	}
	return nil
}

// Release releases any resources associated with the Process p, rendering it unusable
// in the future. Release only needs to be called if Wait is not.
func (p *Process) Release() error {
	if p == nil {
		return ErrInvalid
	}
	p.mu.Lock()
	p.released = !p.done // a collected process stays "finished"
	p.mu.Unlock()
	return nil
}

// Wait waits for the Process to exit, and then returns a ProcessState describing its
// status and an error, if any. Wait releases any resources associated with the
// Process. The goroutine waits; other goroutines go on running.
func (p *Process) Wait() (*ProcessState, error) {
	if p == nil {
		return nil, ErrInvalid
	}
	p.mu.Lock()
	released, done := p.released, p.done
	p.mu.Unlock()
	switch {
	case released:
		return nil, syscall.EINVAL
	case done:
		return nil, NewSyscallError("wait", syscall.ECHILD)
	}
	// Wait for the end without collecting the child, so that no Signal can reach a
	// recycled pid: the child is collected under the lock Signal takes.
	if errno := sysWaitReady(p.Pid); errno != 0 {
		return nil, NewSyscallError("waitid", syscall.Errno(errno))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return nil, NewSyscallError("wait", syscall.ECHILD)
	}
	status, utime, stime, maxrss, errno := sysWait4(p.Pid)
	if errno != 0 {
		return nil, NewSyscallError("wait", syscall.Errno(errno))
	}
	p.done = true
	usage := &syscall.Rusage{Maxrss: maxrss}
	usage.Utime = syscall.NsecToTimeval(utime * 1000)
	usage.Stime = syscall.NsecToTimeval(stime * 1000)
	return &ProcessState{pid: p.Pid, status: syscall.WaitStatus(status), rusage: usage}, nil
}

// ProcessState stores information about a process, as reported by Wait.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the program has exited. On Unix systems this reports true if
// the program exited due to calling exit, but false if it was terminated by a signal.
func (p *ProcessState) Exited() bool { return p.status.Exited() }

// Success reports whether the program exited successfully, such as with exit status
// 0 on Unix.
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

// ExitCode returns the exit code of the exited process, or -1 if the process hasn't
// exited or was terminated by a signal.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// Sys returns the system-dependent exit information: a syscall.WaitStatus.
func (p *ProcessState) Sys() any { return p.status }

// SysUsage returns the system-dependent resource usage: a *syscall.Rusage.
func (p *ProcessState) SysUsage() any { return p.rusage }

// UserTime returns the user CPU time of the exited process and its children.
func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano())
}

// SystemTime returns the system CPU time of the exited process and its children.
func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano())
}

// String describes the end of the process as the shell-like texts of Go: "exit status
// 1", "signal: killed", "stop signal: stopped", "continued".
func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	st := p.status
	switch {
	case st.Exited():
		return "exit status " + itoa(st.ExitStatus())
	case st.Signaled():
		text := "signal: " + st.Signal().String()
		if st.CoreDump() {
			text += " (core dumped)"
		}
		return text
	case st.Stopped():
		text := "stop signal: " + st.StopSignal().String()
		if st.StopSignal() == syscall.SIGTRAP && st.TrapCause() != 0 {
			text += " (trap " + itoa(st.TrapCause()) + ")"
		}
		return text
	case st.Continued():
		return "continued"
	}
	return "exit status " + itoa(st.ExitStatus())
}

// itoa formats a small integer.
func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// Pipe returns a connected pair of Files; reads from r return bytes written to w. It
// returns the files and an error, if any. Reads and writes block their goroutine (in
// the runtime's system-call state, so other goroutines go on).
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, errno := sysPipe()
	if errno != 0 {
		return nil, nil, NewSyscallError("pipe2", syscall.Errno(errno))
	}
	return NewFile(uintptr(rfd), "|0"), NewFile(uintptr(wfd), "|1"), nil
}

// Getgroups returns a list of the numeric ids of groups that the caller belongs to.
func Getgroups() ([]int, error) {
	gids, errno := sysGetgroups()
	if errno != 0 {
		return nil, NewSyscallError("getgroups", syscall.Errno(errno))
	}
	return gids, nil
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// Chown changes the numeric uid and gid of the named file. If the file is a symbolic
// link, it changes the uid and gid of the link's target. A uid or gid of -1 means to
// not change that value. If there is an error, it will be of type *PathError.
func Chown(name string, uid, gid int) error {
	if errno := sysChown(name, uid, gid, true); errno != 0 {
		return &PathError{Op: "chown", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file. If the file is a symbolic
// link, it changes the uid and gid of the link itself.
func Lchown(name string, uid, gid int) error {
	if errno := sysChown(name, uid, gid, false); errno != 0 {
		return &PathError{Op: "lchown", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// Chown changes the numeric uid and gid of the file.
func (f *File) Chown(uid, gid int) error {
	return f.sysOp("chown", func() int { return sysFchown(f.fd, uid, gid) })
}

// Chtimes changes the access and modification times of the named file. A zero
// time.Time leaves that time unchanged.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	errno := sysUtimes(name, atime.UnixNano(), mtime.UnixNano(), atime.IsZero(), mtime.IsZero())
	if errno != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

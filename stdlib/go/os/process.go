package os

import (
	"errors"
	"sync"
	"syscall"
	"time"
)

// ProcAttr is how StartProcess sets up the new process.
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

// Process is a process started by StartProcess or found by FindProcess.
type Process struct {
	Pid int

	mu       sync.Mutex // held while signalling, and while marking the process done
	done     bool       // collected by Wait: the pid may belong to someone else now
	released bool
}

// errReleased is the error of signalling a released process.
var (
	errReleased   = errors.New("os: process already released")
	errSignalType = errors.New("os: unsupported signal type")
	errNoChild    = &SyscallError{"wait", syscall.ECHILD} // a process waited for before
)

// asChdirError is a failed Stat of the directory as the chdir error Go reports.
func asChdirError(err error) error {
	var pe *PathError
	if !errors.As(err, &pe) {
		return err
	}
	return &PathError{Op: "chdir", Path: pe.Path, Err: pe.Err}
}

// StartProcess runs program name in a new process with arguments argv (which become
// its os.Args, program name first) and the attributes attr. Failures are *PathError.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr.Dir != "" {
		// A missing directory is reported as Go does, before anything starts.
		if _, serr := Stat(attr.Dir); serr != nil {
			return nil, asChdirError(serr)
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

// FindProcess gives a Process for pid. On Linux it cannot fail: whether the process
// exists shows when it is signalled (ErrProcessDone).
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Kill sends SIGKILL; it does not wait for the process to end.
func (p *Process) Kill() error { return p.Signal(Kill) }

// Signal sends sig (a syscall.Signal) to the process; one already collected by Wait
// or no longer there gives ErrProcessDone.
func (p *Process) Signal(sig Signal) error {
	if p == nil {
		return ErrInvalid
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errSignalType
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

// Release gives up the Process without waiting for it; it cannot be used afterwards.
func (p *Process) Release() error {
	if p == nil {
		return ErrInvalid
	}
	p.mu.Lock()
	p.released = !p.done // a collected process stays "finished"
	p.mu.Unlock()
	return nil
}

// Wait blocks the calling goroutine (not its thread's other work) until the process
// ends, collects it, and describes how it ended.
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
		return nil, errNoChild
	}
	// Wait for the end without collecting the child, so that no Signal can reach a
	// recycled pid: the child is collected under the lock Signal takes.
	if errno := sysWaitReady(p.Pid); errno != 0 {
		return nil, NewSyscallError("waitid", syscall.Errno(errno))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return nil, errNoChild
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

// ProcessState is how a process ended, as Wait saw it.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

// Pid is the id the process had.
func (p *ProcessState) Pid() int { return p.pid }

// Exited is true when the process called exit, false when a signal ended it.
func (p *ProcessState) Exited() bool { return p.status.Exited() }

// Success is true for an exit with status 0.
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

// ExitCode is the exit status, or -1 when the process did not exit by itself (a
// signal ended it) or p is nil.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// Sys is the raw wait status, a syscall.WaitStatus.
func (p *ProcessState) Sys() any { return p.status }

// SysUsage is the resource usage wait4 reported, a *syscall.Rusage.
func (p *ProcessState) SysUsage() any { return p.rusage }

// UserTime is the CPU time the process (and the children it waited for) spent in
// user mode.
func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano())
}

// SystemTime is the CPU time the process (and the children it waited for) spent in
// the kernel.
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

// Pipe makes a pipe: bytes written to w are read from r. Both are blocking
// descriptors; a blocked Read or Write parks only its goroutine (system-call state).
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, errno := sysPipe()
	if errno != 0 {
		return nil, nil, NewSyscallError("pipe2", syscall.Errno(errno))
	}
	return NewFile(uintptr(rfd), "|0"), NewFile(uintptr(wfd), "|1"), nil
}

// Getgroups lists the supplementary group ids of the process.
func Getgroups() ([]int, error) {
	gids, errno := sysGetgroups()
	if errno != 0 {
		return nil, NewSyscallError("getgroups", syscall.Errno(errno))
	}
	return gids, nil
}

// IsPathSeparator says whether c separates directories in a path (only '/' on Linux).
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// Chown sets the owner and group ids of the file name refers to (following symbolic
// links); -1 keeps one unchanged. Errors are *PathError.
func Chown(name string, uid, gid int) error {
	if errno := sysChown(name, uid, gid, true); errno != 0 {
		return &PathError{Op: "chown", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// Lchown is Chown of a symbolic link itself.
func Lchown(name string, uid, gid int) error {
	if errno := sysChown(name, uid, gid, false); errno != 0 {
		return &PathError{Op: "lchown", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

// Chown is Chown of the open file.
func (f *File) Chown(uid, gid int) error {
	return f.sysOp("chown", func() int { return sysFchown(f.fd, uid, gid) })
}

// Chtimes sets the access and modification times of a file; a zero time.Time keeps
// that one as it is.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	errno := sysUtimes(name, atime.UnixNano(), mtime.UnixNano(), atime.IsZero(), mtime.IsZero())
	if errno != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}

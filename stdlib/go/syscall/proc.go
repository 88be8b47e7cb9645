package syscall

// Process system calls and the types os and os/exec hand out (Linux layouts).

// rawKill is kill(2): 0 or the errno.
func rawKill(pid, sig int) int

// Kill sends signal sig to the process pid (a negative pid: its process group).
func Kill(pid int, sig Signal) error {
	if e := rawKill(pid, int(sig)); e != 0 {
		return Errno(e)
	}
	return nil
}

// Getpid, Getppid, Getuid, Geteuid, Getgid and Getegid are the identity system calls.
func Getpid() int

func Getppid() int

func Getuid() int

func Geteuid() int

func Getgid() int

func Getegid() int

// A WaitStatus is the status word wait4(2) reports for a child: the low 7 bits are the
// terminating signal (0: it exited; 0x7f: it is stopped), bit 7 says a core was dumped,
// the next byte is the exit code or the stopping signal.
type WaitStatus uint32

const (
	waitSigMask  = 0x7f
	waitCoreFlag = 0x80
	waitStopped  = 0x7f
	waitResumed  = 0xffff
)

func (w WaitStatus) sigBits() uint32 { return uint32(w) & waitSigMask }
func (w WaitStatus) highByte() int   { return int(uint32(w)>>8) & 0xff }

// Exited reports whether the child exited normally.
func (w WaitStatus) Exited() bool { return w.sigBits() == 0 }

// Signaled reports whether a signal ended the child.
func (w WaitStatus) Signaled() bool {
	return w.sigBits() != waitStopped && w.sigBits() != 0
}

// Stopped reports whether the child is stopped (traced or job control).
func (w WaitStatus) Stopped() bool { return uint32(w)&0xff == waitStopped }

// Continued reports whether the child was resumed by SIGCONT.
func (w WaitStatus) Continued() bool { return uint32(w) == waitResumed }

// CoreDump reports whether a signal ended the child with a core dump.
func (w WaitStatus) CoreDump() bool { return w.Signaled() && uint32(w)&waitCoreFlag != 0 }

// ExitStatus is the exit code of an exited child, else -1.
func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return w.highByte()
}

// Signal is the signal that ended a signaled child, else -1.
func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w.sigBits())
}

// StopSignal is the signal that stopped a stopped child, else -1.
func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w.highByte())
}

// TrapCause is the ptrace event of a child stopped by SIGTRAP, else -1.
func (w WaitStatus) TrapCause() int {
	if !w.Stopped() || w.highByte() != int(SIGTRAP) {
		return -1
	}
	return int(uint32(w) >> 16)
}

// A Timeval is a time in seconds and microseconds.
type Timeval struct {
	Sec  int64
	Usec int64
}

// Nano is the time in nanoseconds.
func (tv *Timeval) Nano() int64 { return tv.Sec*1e9 + tv.Usec*1e3 }

// Unix is the time as seconds and nanoseconds.
func (tv *Timeval) Unix() (sec int64, nsec int64) { return tv.Sec, tv.Usec * 1000 }

// NsecToTimeval converts nanoseconds to a Timeval (rounded down to microseconds).
func NsecToTimeval(nsec int64) Timeval {
	const perSec = 1000000
	micro := nsec / 1000
	tv := Timeval{micro / perSec, micro % perSec}
	if tv.Usec < 0 { // round toward minus infinity
		tv.Sec, tv.Usec = tv.Sec-1, tv.Usec+perSec
	}
	return tv
}

// Rusage is the resource usage getrusage(2) and wait4(2) report.
type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

// SysProcAttr holds the Linux-specific attributes of a new process that minigo
// supports: a new session, a process group, and the signal the child gets when its
// parent thread dies.
type SysProcAttr struct {
	Setsid    bool   // create a session
	Setpgid   bool   // set the process group id to Pgid (0: the child's pid)
	Pgid      int    // the process group of Setpgid
	Pdeathsig Signal // signal the child gets when the parent dies
}

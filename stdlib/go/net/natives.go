package net

// Natives (see stdlib/NATIVES.md). The sys* functions wrap the Linux socket calls of
// the same name and return an errno (0 on success, else the positive Linux error
// number); calls interrupted by signals are retried. Sockets are non-blocking: a call
// that would block says EAGAIN, and the goroutine then waits on the network poller
// with pollWait. Socket addresses are raw struct sockaddr bytes (see sockaddr.go).

// sysSocket is socket(2) with SOCK_NONBLOCK and SOCK_CLOEXEC added to sotype.
func sysSocket(family, sotype, proto int) (fd int, errno int)

// sysSetsockoptInt is setsockopt(2) of an int option.
func sysSetsockoptInt(fd, level, opt, value int) (errno int)

// sysGetsockoptInt is getsockopt(2) of an int option.
func sysGetsockoptInt(fd, level, opt int) (value int, errno int)

// sysBind is bind(2) to the encoded address sa.
func sysBind(fd int, sa []byte) (errno int)

// sysConnect is connect(2) to the encoded address sa; EINPROGRESS: wait until the
// socket is writable, then read SO_ERROR.
func sysConnect(fd int, sa []byte) (errno int)

// sysListen is listen(2).
func sysListen(fd, backlog int) (errno int)

// sysAccept is accept4(2) (the new socket non-blocking, close-on-exec); the peer's
// address is written to sa, salen bytes of it.
func sysAccept(fd int, sa []byte) (nfd int, salen int, errno int)

// sysGetsockname is getsockname(2) into sa.
func sysGetsockname(fd int, sa []byte) (salen int, errno int)

// sysGetpeername is getpeername(2) into sa.
func sysGetpeername(fd int, sa []byte) (salen int, errno int)

// sysRead is read(2) into b; n == 0 with errno == 0 means end of stream.
func sysRead(fd int, b []byte) (n int, errno int)

// sysWrite is send(2) of b with MSG_NOSIGNAL (write(2) if fd is not a socket); it may
// write less than len(b).
func sysWrite(fd int, b []byte) (n int, errno int)

// sysRecvfrom is recvfrom(2) into b; the sender's address goes to sa.
func sysRecvfrom(fd int, b, sa []byte) (n int, salen int, errno int)

// sysSendto is sendto(2) of b to sa (to the connected peer if sa is empty), with
// MSG_NOSIGNAL.
func sysSendto(fd int, b, sa []byte) (n int, errno int)

// sysShutdown is shutdown(2) (how: 0 read, 1 write, 2 both).
func sysShutdown(fd, how int) (errno int)

// sysClose is close(2).
func sysClose(fd int) (errno int)

// pollOpen registers fd with the network poller; pd is the handle the other poll
// functions take.
func pollOpen(fd int) (pd uintptr, errno int)

// pollClose unregisters the descriptor; nobody may wait on it any more (pollEvict
// first, and wait for the readers and writers to leave).
func pollClose(pd uintptr)

// pollWait parks the goroutine until the descriptor is ready for mode (1 read, 2
// write), the deadline of that direction passes or the descriptor is evicted:
// pollOK (retry the system call), pollClosing or pollTimeout.
func pollWait(pd uintptr, mode int) (code int)

// pollCheck says whether a wait in mode would end at once: pollClosing, pollTimeout,
// or pollOK.
func pollCheck(pd uintptr, mode int) (code int)

// pollSetDeadline sets the deadline of mode (1 read, 2 write, 3 both) to d nanoseconds
// from now (a d <= 0 is passed: waiters wake with pollTimeout), or clears it if !set.
func pollSetDeadline(pd uintptr, mode int, set bool, d int64)

// pollEvict marks the descriptor closing: its waiters wake with pollClosing, and
// later waits answer pollClosing at once.
func pollEvict(pd uintptr)

const (
	pollOK      = 0
	pollClosing = 1
	pollTimeout = 2

	modeRead  = 1
	modeWrite = 2
)

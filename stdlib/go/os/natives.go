package os

// Natives (see stdlib/NATIVES.md). System calls return the raw result and an errno
// (0 on success); this package turns errnos into *PathError values.

// runtimeArgs returns the program's command-line arguments, starting with the program
// name (what `minigo run prog.go a b` passes: the program path, then a, b).
func runtimeArgs() []string

// Exit causes the current program to exit with the given status code. Conventionally,
// code zero indicates success, non-zero an error. The program terminates immediately;
// deferred functions are not run.
func Exit(code int)

// sysWrite writes b to file descriptor fd (write(2), retried on EINTR; a partial
// write returns the count written so far).
func sysWrite(fd int, b []byte) (n int, errno int)

// sysRead reads up to len(b) bytes from file descriptor fd (read(2)); n == 0 with
// errno == 0 means end of file.
func sysRead(fd int, b []byte) (n int, errno int)

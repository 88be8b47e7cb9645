package runtime

// Natives (see stdlib/NATIVES.md).

// GOMAXPROCS sets how many goroutines may run Go code at once (n >= 1; otherwise it only
// reads the setting) and returns the previous value.
func GOMAXPROCS(n int) int

// NumCPU is the number of CPUs the process may use.
func NumCPU() int

// NumGoroutine counts the live goroutines.
func NumGoroutine() int

// Gosched lets other goroutines run; the caller stays runnable and continues later.
func Gosched()

// GC runs a complete garbage collection before returning.
func GC()

// Goexit ends the calling goroutine after running its deferred calls; other goroutines
// go on. If it is the last goroutine, the program fails with a deadlock report.
func Goexit()

// Version returns the Go version minigo implements ("go1.23").
func Version() string

// Caller describes a frame of the calling goroutine's stack: skip 0 is the function
// calling Caller, 1 its caller, and so on.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills pc with return addresses of the calling stack, skipping skip frames (0
// is Callers itself), and returns how many it stored.
func Callers(skip int, pc []uintptr) int

// Stack formats a stack trace of the calling goroutine (of all goroutines if all) into
// buf, as a panic prints it, and returns the number of bytes written.
func Stack(buf []byte, all bool) int

// funcInfo describes the function containing pc: its name as Go prints it, the file
// and line of pc, and the function's entry pc; ok is false for an unknown pc.
func funcInfo(pc uintptr) (name, file string, line int, entry uintptr, ok bool)

// readMemStats returns the collector's statistics: bytes allocated and live, bytes
// allocated in total, bytes obtained from the system (the most held at once), objects
// allocated and freed in total, the heap size of the next collection, the time of the
// last collection (Unix ns), the total pause time (ns), the numbers of collections and
// forced ones, and bytes of heap pages idle (free, including released) and released to
// the system.
func readMemStats() (alloc, totalAlloc, sys, mallocs, frees, nextGC, lastGC, pauseTotalNs, numGC, numForcedGC, heapIdle, heapReleased uint64)

// gorootEnv returns the GOROOT environment variable ("" if unset).
func gorootEnv() string

// SetFinalizer sets the finalizer associated with obj (a pointer to an object allocated
// by new, a composite literal or make) to finalizer (a func taking obj's type, or nil to
// clear it). When the collector finds obj unreachable, it schedules finalizer(obj) to
// run in a separate goroutine. Go panics for misuse ("runtime.SetFinalizer: first
// argument is ..."). A VM without finalizers may accept the call and never run it.
func SetFinalizer(obj any, finalizer any)

// Breakpoint executes a breakpoint trap: the program dies as with SIGTRAP ("SIGTRAP:
// trace trap", exit status 2).
func Breakpoint()

// KeepAlive marks its argument as currently reachable: x is not collected (and its
// finalizer does not run) before this call.
func KeepAlive(x any)

package time

// Natives (see stdlib/NATIVES.md).

// now returns the wall clock as Unix seconds and nanoseconds, and a monotonic clock
// reading in nanoseconds, which is always > 0.
func now() (unixSec int64, nanos int32, monotonic int64)

// runtimeNano returns the current monotonic clock reading in nanoseconds (the clock of
// now's mono result; always > 0).
func runtimeNano() int64

// Sleep parks the calling goroutine for at least d (not at all when d <= 0).
func Sleep(d Duration)

// runtimeTimer is the runtime's timer object; Go code only holds pointers to it.
type runtimeTimer struct{}

// newChanTimer creates a timer with a new channel: it fires after delay nanoseconds
// (at once if delay <= 0), and then every period nanoseconds if period > 0 (a ticker).
// Firing sends the current time, as a Time value built like Now's but with a nil
// location (UTC), without blocking: the channel has Go 1.23's synchronous timer
// semantics (len and cap 0, no stale values after Stop or Reset).
func newChanTimer(delay, period int64) (chan Time, *runtimeTimer)

// newFuncTimer creates a timer that starts f in its own goroutine after delay
// nanoseconds.
func newFuncTimer(delay int64, f func()) *runtimeTimer

// stopTimer stops t; it reports whether the call stopped a pending firing (for channel
// timers: whether the value was not received).
func stopTimer(t *runtimeTimer) bool

// resetTimer re-arms t with a new delay and period; it reports what stopTimer would
// have.
func resetTimer(t *runtimeTimer, delay, period int64) bool

// readFile returns the contents of the file at path, or a Linux errno (10 MB at most:
// larger files give EFBIG).
func readFile(path string) (data []byte, errno uintptr)

// zoneEnv looks up an environment variable.
func zoneEnv(key string) (value string, found bool)

// setTimerLocation tells the runtime which location the Times it sends on timer
// channels carry (Local, as Now's do).
func setTimerLocation(loc *Location)

func init() { setTimerLocation(Local) }

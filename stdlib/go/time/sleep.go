package time

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc. A Timer must be created
// with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c, r := newChanTimer(int64(d), 0)
	return &Timer{C: c, r: r}
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, int64(d), 0)
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It
// returns a Timer that can be used to cancel the call using its Stop method. The
// returned Timer's C field is not used and will be nil.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: newFuncTimer(int64(d), f)}
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r *runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send the current time
// on the channel after each tick. The period of the ticks is specified by the duration
// argument. The duration d must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c, r := newChanTimer(int64(d), int64(d))
	return &Ticker{C: c, r: r}
}

// Stop ends the ticks; the channel is not closed.
func (t *Ticker) Stop() {
	if t.r == nil {
		return // Go tolerates stopping a zero Ticker
	}
	stopTimer(t.r)
}

// Reset stops a ticker and resets its period to the specified duration. The next tick
// will arrive after the new period elapses. The duration d must be greater than zero;
// if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, int64(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel
// only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

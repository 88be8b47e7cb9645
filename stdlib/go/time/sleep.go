package time

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc. A Timer must be created
// with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTimer starts a Timer that sends the time on its channel once d has passed.
func NewTimer(d Duration) *Timer {
	c, r := newChanTimer(int64(d), 0)
	return &Timer{C: c, r: r}
}

// Stop cancels the timer; it reports whether the timer was still pending.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset makes the timer fire d from now; it reports whether it was still pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, int64(d), 0)
}

// After is NewTimer(d).C: a channel that receives the time once d has passed.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc runs f in a new goroutine once d has passed. The Timer it returns can cancel
// that with Stop; its channel C is nil.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: newFuncTimer(int64(d), f)}
}

// Ticker sends the time on C periodically.
type Ticker struct {
	C <-chan Time // receives the ticks
	r *runtimeTimer
}

// NewTicker starts a Ticker with period d, which must be positive (it panics otherwise).
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

// Reset changes the period to d (positive, or it panics); the next tick comes d from
// now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, int64(d), int64(d))
}

// Tick is the channel of a new Ticker with period d, or nil when d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

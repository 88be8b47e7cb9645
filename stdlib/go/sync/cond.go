package sync

// Cond lets goroutines wait until another one announces a change. L (a *Mutex or *RWMutex,
// usually) must be held while the condition changes and when calling Wait.
type Cond struct {
	// L is held while observing or changing the condition.
	L Locker

	notify notifyList
}

// notifyList is a ticket-based notification list (Go's runtime notifyList). Layout
// (relied on by the natives): two words, the next ticket to hand out and the next
// ticket to notify; the waiting goroutines are kept by the scheduler.
type notifyList struct {
	wait   uint32
	notify uint32
}

// ticketTake takes a ticket: the caller becomes a waiter for it.
func ticketTake(l *notifyList) uint32

// ticketWait parks the caller until its ticket t has been notified (at
// once if it already was).
func ticketWait(l *notifyList, t uint32)

// ticketWakeOldest wakes the waiter with the oldest unnotified ticket.
func ticketWakeOldest(l *notifyList)

// ticketWakeAll wakes all current waiters.
func ticketWakeAll(l *notifyList)

// NewCond makes a Cond whose L is l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait releases c.L, sleeps until Signal or Broadcast wakes it, and takes c.L again before
// returning.
func (c *Cond) Wait() {
	t := ticketTake(&c.notify)
	c.L.Unlock()
	ticketWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one waiter, if any; the caller need not hold L.
func (c *Cond) Signal() { ticketWakeOldest(&c.notify) }

// Broadcast wakes every waiter.
func (c *Cond) Broadcast() { ticketWakeAll(&c.notify) }

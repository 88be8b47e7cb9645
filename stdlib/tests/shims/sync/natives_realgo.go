// Test shim: the sync natives implemented with real Go's sync primitives kept in side
// tables keyed by the address of the minigo value.
package sync

import (
	gosync "sync"
)

var tables gosync.Mutex
var mutexes = map[*Mutex]*gosync.Mutex{}
var rwmutexes = map[*RWMutex]*gosync.RWMutex{}
var groups = map[*WaitGroup]*waitGroup{}
var lists = map[*notifyList]*list{}

func realMutex(m *Mutex) *gosync.Mutex {
	tables.Lock()
	defer tables.Unlock()
	r := mutexes[m]
	if r == nil {
		r = new(gosync.Mutex)
		mutexes[m] = r
	}
	return r
}

func (m *Mutex) Lock() { realMutex(m).Lock(); m.state = 1 }
func (m *Mutex) TryLock() bool {
	ok := realMutex(m).TryLock()
	if ok {
		m.state = 1
	}
	return ok
}
func (m *Mutex) Unlock() {
	if m.state == 0 {
		panic("fatal error: sync: unlock of unlocked mutex")
	}
	m.state = 0
	realMutex(m).Unlock()
}

func realRW(rw *RWMutex) *gosync.RWMutex {
	tables.Lock()
	defer tables.Unlock()
	r := rwmutexes[rw]
	if r == nil {
		r = new(gosync.RWMutex)
		rwmutexes[rw] = r
	}
	return r
}

func (rw *RWMutex) RLock()         { realRW(rw).RLock() }
func (rw *RWMutex) TryRLock() bool { return realRW(rw).TryRLock() }
func (rw *RWMutex) RUnlock()       { realRW(rw).RUnlock() }
func (rw *RWMutex) Lock()          { realRW(rw).Lock() }
func (rw *RWMutex) TryLock() bool  { return realRW(rw).TryLock() }
func (rw *RWMutex) Unlock()        { realRW(rw).Unlock() }

// waitGroup mirrors the counter so the negative-counter panic text is minigo's.
type waitGroup struct {
	mu gosync.Mutex
	n  int
	wg gosync.WaitGroup
}

func realWG(wg *WaitGroup) *waitGroup {
	tables.Lock()
	defer tables.Unlock()
	r := groups[wg]
	if r == nil {
		r = new(waitGroup)
		groups[wg] = r
	}
	return r
}

func (wg *WaitGroup) Add(delta int) {
	r := realWG(wg)
	r.mu.Lock()
	if r.n+delta < 0 {
		r.mu.Unlock()
		panic("sync: negative WaitGroup counter")
	}
	r.n += delta
	r.mu.Unlock()
	r.wg.Add(delta)
}

func (wg *WaitGroup) Wait() { realWG(wg).wg.Wait() }

// list is a ticket notify list on a real mutex and channels.
type list struct {
	mu      gosync.Mutex
	wait    uint32
	notify  uint32
	waiters map[uint32]chan struct{}
}

func realList(l *notifyList) *list {
	tables.Lock()
	defer tables.Unlock()
	r := lists[l]
	if r == nil {
		r = &list{waiters: map[uint32]chan struct{}{}}
		lists[l] = r
	}
	return r
}

func ticketTake(l *notifyList) uint32 {
	r := realList(l)
	r.mu.Lock()
	defer r.mu.Unlock()
	t := r.wait
	r.wait++
	r.waiters[t] = make(chan struct{})
	return t
}

func ticketWait(l *notifyList, t uint32) {
	r := realList(l)
	r.mu.Lock()
	ch := r.waiters[t]
	r.mu.Unlock()
	<-ch
}

func ticketWakeOldest(l *notifyList) {
	r := realList(l)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.notify == r.wait {
		return
	}
	close(r.waiters[r.notify])
	delete(r.waiters, r.notify)
	r.notify++
}

func ticketWakeAll(l *notifyList) {
	r := realList(l)
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.notify != r.wait {
		close(r.waiters[r.notify])
		delete(r.waiters, r.notify)
		r.notify++
	}
}

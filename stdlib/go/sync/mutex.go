// Package sync provides locks, wait groups, condition variables, Once, Map and Pool;
// channels are usually the better tool for anything higher level.
//
// In minigo the blocking operations of Mutex, RWMutex, WaitGroup and Cond are natives of
// the goroutine scheduler (Go 1.23's algorithms, operating on the words of the value
// itself; see stdlib/NATIVES.md). Once, Map, Pool and OnceFunc are written in Go here.
package sync

// A Locker is anything with Lock and Unlock.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual-exclusion lock; the zero value is unlocked. A locked Mutex belongs
// to no goroutine in particular: one may lock it and another unlock it. Do not copy a
// Mutex after first use.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock acquires m, waiting while another goroutine holds it.
func (m *Mutex) Lock()

// TryLock locks m if it is free and reports whether it did; it never waits.
func (m *Mutex) TryLock() bool

// Unlock unlocks m. It is a run-time error ("fatal error: sync: unlock of unlocked
// mutex") if m is not locked on entry to Unlock. A locked Mutex is not associated with
// a particular goroutine.
func (m *Mutex) Unlock()

// RWMutex is a lock held either by any number of readers or by one writer; its zero value
// is unlocked.
//
// Layout (relied on by the natives): six words: the writer Mutex (two words), the writer
// and reader semaphores, the reader count and the departing reader count.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// RLock locks rw for reading. It should not be used for recursive read locking.
func (rw *RWMutex) RLock()

// TryRLock takes a read lock if no writer holds or waits for rw, without waiting.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes a single RLock call. It is a run-time error ("fatal error: sync:
// RUnlock of unlocked RWMutex") if rw is not locked for reading.
func (rw *RWMutex) RUnlock()

// Lock waits until no reader or writer holds rw and takes it for writing.
func (rw *RWMutex) Lock()

// TryLock takes rw for writing if it is entirely free, without waiting.
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing. It is a run-time error ("fatal error: sync: Unlock of
// unlocked RWMutex") if rw is not locked for writing.
func (rw *RWMutex) Unlock()

// RLocker returns a Locker interface that implements the Lock and Unlock methods by
// calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// WaitGroup counts outstanding work: Add raises the count, Done lowers it, and Wait blocks
// until it reaches zero.
//
// Layout (relied on by the natives): two words, the state (counter in the high 32 bits,
// waiter count in the low 32) and the semaphore.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter
// becomes zero, all goroutines blocked on Wait are released. If the counter goes
// negative, Add panics ("sync: negative WaitGroup counter").
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()

// Package sync provides basic synchronization primitives such as mutual exclusion
// locks. Other than the Once and WaitGroup types, most are intended for use by
// low-level library routines. Higher-level synchronization is better done via channels
// and communication.
//
// In minigo the blocking operations of Mutex, RWMutex, WaitGroup and Cond are natives
// of the goroutine scheduler (Go 1.23's algorithms, operating on the words of the value
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

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the
// mutex is available.
func (m *Mutex) Lock()

// TryLock locks m if it is free and reports whether it did; it never waits.
func (m *Mutex) TryLock() bool

// Unlock unlocks m. It is a run-time error ("fatal error: sync: unlock of unlocked
// mutex") if m is not locked on entry to Unlock. A locked Mutex is not associated with
// a particular goroutine.
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock. The lock can be held by an
// arbitrary number of readers or a single writer. The zero value for a RWMutex is an
// unlocked mutex.
//
// Layout (relied on by the natives): six words: the writer Mutex (two words), the
// writer and reader semaphores, the reader count and the departing reader count.
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

// A WaitGroup waits for a collection of goroutines to finish. The main goroutine calls
// Add to set the number of goroutines to wait for. Then each of the goroutines runs
// and calls Done when finished. At the same time, Wait can be used to block until all
// goroutines have finished.
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

//! `sync.RWMutex` (Go 1.23 `sync/rwmutex.go`): a writer mutex `w`, writer and reader
//! semaphores, and two counters kept as signed words.
//!
//! `readerCount` is the number of readers, minus `MAX_READERS` while a writer holds or
//! waits for the lock; `readerWait` counts the readers a pending writer still waits for.
//!
//! `Lock` may park twice: in `w.Lock()` (wait reason `sync.Mutex.Lock`, as in Go) and
//! on `writerSem` (`sync.RWMutex.Lock`). Bit 63 of `op_state` records that the first
//! phase is done.

use super::mutex::{mutex_lock, mutex_try_lock, mutex_unlock};
use crate::context::RunContext;
use crate::goroutine::Wake;
use crate::primitives::{AtomicU64, Ordering};
use crate::sema::{semacquire, semrelease, word};
use crate::task::{Blocking, GoError, WaitReason};

const MAX_READERS: i64 = 1 << 30;
const WRITER_PHASE: u64 = 1 << 63;

const W: usize = 0;
const WRITER_SEM: usize = 2;
const READER_SEM: usize = 3;
const READER_COUNT: usize = 4;
const READER_WAIT: usize = 5;

fn add(w: &AtomicU64, delta: i64) -> i64 {
    (w.fetch_add(delta as u64, Ordering::SeqCst) as i64).wrapping_add(delta)
}

/// `rw.RLock()`.
///
/// # Safety
/// `rw` points at the six words of a live `sync.RWMutex`.
pub unsafe fn rw_rlock(cx: &mut RunContext<'_>, rw: *mut u64) -> Blocking<()> {
    // SAFETY: this goroutine runs here.
    if matches!(unsafe { cx.goroutine.peek_wake() }, Wake::Sema { .. }) {
        // SAFETY: per the contract.
        return unsafe { semacquire(cx, rw.add(READER_SEM), WaitReason::SyncRWMutexRLock, false) };
    }
    // SAFETY: per the contract.
    if add(unsafe { word(rw.add(READER_COUNT)) }, 1) < 0 {
        // A writer is pending: wait for it.
        // SAFETY: per the contract.
        return unsafe { semacquire(cx, rw.add(READER_SEM), WaitReason::SyncRWMutexRLock, false) };
    }
    Blocking::Ready(())
}

/// `rw.TryRLock()`.
///
/// # Safety
/// As for [`rw_rlock`].
pub unsafe fn rw_try_rlock(rw: *mut u64) -> bool {
    // SAFETY: per the contract.
    let count = unsafe { word(rw.add(READER_COUNT)) };
    let mut c = count.load(Ordering::SeqCst);
    loop {
        if (c as i64) < 0 {
            return false;
        }
        match count.compare_exchange(c, c + 1, Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => return true,
            Err(now) => c = now,
        }
    }
}

/// `rw.RUnlock()`.
///
/// # Safety
/// As for [`rw_rlock`].
pub unsafe fn rw_runlock(cx: &mut RunContext<'_>, rw: *mut u64) -> Result<(), GoError> {
    // SAFETY: per the contract.
    let r = add(unsafe { word(rw.add(READER_COUNT)) }, -1);
    if r >= 0 {
        return Ok(());
    }
    if r + 1 == 0 || r + 1 == -MAX_READERS {
        // SAFETY: per the contract.
        add(unsafe { word(rw.add(READER_COUNT)) }, 1);
        return Err(GoError::Fatal("sync: RUnlock of unlocked RWMutex"));
    }
    // A writer is pending; the last departing reader lets it in.
    // SAFETY: per the contract.
    if add(unsafe { word(rw.add(READER_WAIT)) }, -1) == 0 {
        // SAFETY: per the contract.
        unsafe { semrelease(cx, rw.add(WRITER_SEM), false) };
    }
    Ok(())
}

/// `rw.Lock()`.
///
/// # Safety
/// As for [`rw_rlock`].
pub unsafe fn rw_lock(cx: &mut RunContext<'_>, rw: *mut u64) -> Blocking<()> {
    // SAFETY: this goroutine runs here.
    let resuming_writer = unsafe { *cx.goroutine.op_state() } & WRITER_PHASE != 0 && unsafe { cx.goroutine.peek_wake() } != Wake::None;
    if resuming_writer {
        // SAFETY: per the contract.
        let done = unsafe { semacquire(cx, rw.add(WRITER_SEM), WaitReason::SyncRWMutexLock, false) };
        if let Blocking::Ready(()) = done {
            // SAFETY: this goroutine runs here.
            unsafe { *cx.goroutine.op_state() = 0 };
        }
        return done;
    }
    // SAFETY: per the contract.
    if let Blocking::Park(park) = unsafe { mutex_lock(cx, rw.add(W)) } {
        return Blocking::Park(park);
    }
    // Announce the writer to readers, then wait for the active ones.
    // SAFETY: per the contract.
    let r = add(unsafe { word(rw.add(READER_COUNT)) }, -MAX_READERS) + MAX_READERS;
    // SAFETY: per the contract.
    if r != 0 && add(unsafe { word(rw.add(READER_WAIT)) }, r) != 0 {
        // SAFETY: this goroutine runs here; per the contract for the words.
        unsafe {
            *cx.goroutine.op_state() = WRITER_PHASE;
            let done = semacquire(cx, rw.add(WRITER_SEM), WaitReason::SyncRWMutexLock, false);
            if let Blocking::Ready(()) = done {
                *cx.goroutine.op_state() = 0;
            }
            return done;
        }
    }
    Blocking::Ready(())
}

/// `rw.TryLock()`.
///
/// # Safety
/// As for [`rw_rlock`].
pub unsafe fn rw_try_lock(cx: &mut RunContext<'_>, rw: *mut u64) -> bool {
    // SAFETY: per the contract.
    unsafe {
        if !mutex_try_lock(rw.add(W)) {
            return false;
        }
        let count = word(rw.add(READER_COUNT));
        if count.compare_exchange(0, (-MAX_READERS) as u64, Ordering::SeqCst, Ordering::SeqCst).is_err() {
            let _ = mutex_unlock(cx, rw.add(W));
            return false;
        }
    }
    true
}

/// `rw.Unlock()`.
///
/// # Safety
/// As for [`rw_rlock`].
pub unsafe fn rw_unlock(cx: &mut RunContext<'_>, rw: *mut u64) -> Result<(), GoError> {
    // SAFETY: per the contract.
    let r = add(unsafe { word(rw.add(READER_COUNT)) }, MAX_READERS);
    if r >= MAX_READERS {
        // SAFETY: per the contract.
        add(unsafe { word(rw.add(READER_COUNT)) }, -MAX_READERS);
        return Err(GoError::Fatal("sync: Unlock of unlocked RWMutex"));
    }
    for _ in 0..r {
        // SAFETY: per the contract.
        unsafe { semrelease(cx, rw.add(READER_SEM), false) };
    }
    // SAFETY: per the contract.
    unsafe { mutex_unlock(cx, rw.add(W)) }
}

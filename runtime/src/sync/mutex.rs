//! `sync.Mutex` (Go 1.23 `sync/mutex.go`): one state word — locked bit, woken bit,
//! starving bit, waiter count above them — and a semaphore word.
//!
//! Normal mode: waiters queue FIFO but a woken waiter competes with newly arriving
//! goroutines (which usually win: they are already running). A waiter that waited more
//! than 1 ms switches the mutex to starvation mode, where `Unlock` hands the mutex
//! directly to the first waiter and newcomers queue at the tail. The last waiter, or one
//! that waited less than 1 ms, switches back.
//!
//! The wait inside `Lock` (between `SemacquireMutex` and the retry) spans a park; its
//! locals `waitStartTime` and `starving` are kept in `op_state` as `start << 1 | starving`.

use crate::context::RunContext;
use crate::goroutine::Wake;
use crate::primitives::{AtomicU64, Ordering};
use crate::sema::{acquire, semrelease, try_take, word};
use crate::task::{Blocking, GoError, WaitReason};

const LOCKED: u64 = 1;
const WOKEN: u64 = 2;
const STARVING: u64 = 4;
const WAITER_SHIFT: u32 = 3;
const WAITER: u64 = 1 << WAITER_SHIFT;
/// Go's `starvationThresholdNs`.
const STARVATION_NS: i64 = 1_000_000;

/// `m.Lock()`.
///
/// # Safety
/// `m` points at the two words of a live `sync.Mutex`.
pub unsafe fn mutex_lock(cx: &mut RunContext<'_>, m: *mut u64) -> Blocking<()> {
    // SAFETY: per the contract.
    let (state, sema) = unsafe { (word(m), word(m.add(1))) };
    // SAFETY: this goroutine runs here: the worker owns its wake result and op state.
    let resumed = match unsafe { cx.goroutine.take_wake() } {
        Wake::None => {
            if state.compare_exchange(0, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok() {
                return Blocking::Ready(());
            }
            None
        }
        Wake::Sema { handoff } => Some(handoff),
        other => unreachable!("minigo bug: Mutex.Lock resumed with {other:?}"),
    };
    let mut wait = Wait::default();
    let mut old = state.load(Ordering::Relaxed);
    let mut awoke = false;
    if let Some(handoff) = resumed {
        // SAFETY: as above.
        wait = Wait::load(unsafe { *cx.goroutine.op_state() });
        if !handoff && !try_take(sema) {
            return park_again(cx, m.wrapping_add(1), sema, wait);
        }
        match after_wait(cx, state, &mut wait) {
            None => return Blocking::Ready(()),
            Some(now) => (old, awoke) = (now, true),
        }
    }
    loop {
        let mut new = old;
        if old & STARVING == 0 {
            new |= LOCKED;
        }
        if old & (LOCKED | STARVING) != 0 {
            new += WAITER;
        }
        if wait.starving && old & LOCKED != 0 {
            new |= STARVING;
        }
        if awoke {
            assert!(new & WOKEN != 0, "fatal error: sync: inconsistent mutex state");
            new &= !WOKEN;
        }
        if state.compare_exchange(old, new, Ordering::AcqRel, Ordering::Relaxed).is_err() {
            old = state.load(Ordering::Relaxed);
            continue;
        }
        if old & (LOCKED | STARVING) == 0 {
            return Blocking::Ready(());
        }
        let lifo = wait.start != 0;
        if wait.start == 0 {
            wait.start = cx.now();
        }
        // SAFETY: as above.
        unsafe { *cx.goroutine.op_state() = wait.store() };
        if let Blocking::Park(park) = acquire(cx, m.wrapping_add(1), sema, WaitReason::SyncMutexLock, lifo) {
            return Blocking::Park(park);
        }
        match after_wait(cx, state, &mut wait) {
            None => return Blocking::Ready(()),
            Some(now) => (old, awoke) = (now, true),
        }
    }
}

/// `m.TryLock()`.
///
/// # Safety
/// As for [`mutex_lock`].
pub unsafe fn mutex_try_lock(m: *mut u64) -> bool {
    // SAFETY: per the contract.
    let state = unsafe { word(m) };
    let old = state.load(Ordering::Relaxed);
    old & (LOCKED | STARVING) == 0 && state.compare_exchange(old, old | LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok()
}

/// `m.Unlock()`; unlocking an unlocked mutex is Go's fatal error.
///
/// # Safety
/// As for [`mutex_lock`].
pub unsafe fn mutex_unlock(cx: &mut RunContext<'_>, m: *mut u64) -> Result<(), GoError> {
    // SAFETY: per the contract.
    let state = unsafe { word(m) };
    let new = state.fetch_sub(LOCKED, Ordering::Release).wrapping_sub(LOCKED);
    if new == 0 {
        return Ok(());
    }
    if new.wrapping_add(LOCKED) & LOCKED == 0 {
        state.fetch_add(LOCKED, Ordering::Relaxed);
        return Err(GoError::Fatal("sync: unlock of unlocked mutex"));
    }
    if new & STARVING != 0 {
        // SAFETY: per the contract, word 1 is the semaphore.
        unsafe { semrelease(cx, m.add(1), true) };
        return Ok(());
    }
    let mut old = new;
    loop {
        if old >> WAITER_SHIFT == 0 || old & (LOCKED | WOKEN | STARVING) != 0 {
            return Ok(());
        }
        let new = (old - WAITER) | WOKEN;
        match state.compare_exchange(old, new, Ordering::AcqRel, Ordering::Relaxed) {
            Ok(_) => {
                // SAFETY: per the contract, word 1 is the semaphore.
                unsafe { semrelease(cx, m.add(1), false) };
                return Ok(());
            }
            Err(now) => old = now,
        }
    }
}

#[derive(Default, Clone, Copy)]
struct Wait {
    start: i64,
    starving: bool,
}

impl Wait {
    fn load(v: u64) -> Wait {
        Wait { start: (v >> 1) as i64, starving: v & 1 != 0 }
    }

    fn store(self) -> u64 {
        (self.start as u64) << 1 | self.starving as u64
    }
}

/// Woken with the semaphore taken but not handed a unit: queue again at the front.
fn park_again(cx: &mut RunContext<'_>, addr: *mut u64, sema: &AtomicU64, wait: Wait) -> Blocking<()> {
    // SAFETY: this goroutine runs here.
    unsafe { *cx.goroutine.op_state() = wait.store() };
    match acquire(cx, addr, sema, WaitReason::SyncMutexLock, true) {
        Blocking::Park(park) => Blocking::Park(park),
        // Took a unit after all: the VM calls us again, which retries the state CAS.
        Blocking::Ready(()) => {
            // SAFETY: this goroutine runs here.
            unsafe { cx.goroutine.set_wake(Wake::Sema { handoff: true }) };
            // SAFETY: `addr` is word 1 of the mutex, per `mutex_lock`'s contract.
            unsafe { mutex_lock(cx, addr.wrapping_sub(1)) }
        }
    }
}

/// The part of `lockSlow` after the semaphore was acquired. `None`: the mutex is ours
/// (starvation hand-off); `Some(state)`: try again from this state.
fn after_wait(cx: &RunContext<'_>, state: &AtomicU64, wait: &mut Wait) -> Option<u64> {
    wait.starving = wait.starving || cx.now() - wait.start > STARVATION_NS;
    let old = state.load(Ordering::Acquire);
    if old & STARVING == 0 {
        return Some(old);
    }
    assert!(old & (LOCKED | WOKEN) == 0 && old >> WAITER_SHIFT != 0, "fatal error: sync: inconsistent mutex state");
    let mut delta = LOCKED.wrapping_sub(WAITER);
    if !wait.starving || old >> WAITER_SHIFT == 1 {
        delta = delta.wrapping_sub(STARVING);
    }
    state.fetch_add(delta, Ordering::AcqRel);
    None
}

//! `sync.WaitGroup` (Go 1.23 `sync/waitgroup.go`): one state word, the counter in the
//! high 32 bits and the number of waiters in the low 32, plus a semaphore word. A
//! waiter parks with wait reason `semacquire`, as Go 1.23 shows it.

use crate::context::RunContext;
use crate::goroutine::Wake;
use crate::primitives::Ordering;
use crate::sema::{semacquire, semrelease, word};
use crate::task::{Blocking, GoError, WaitReason};

const MISUSE: GoError = GoError::Panic("sync: WaitGroup misuse: Add called concurrently with Wait");

/// `wg.Add(delta)` (`wg.Done()` is `Add(-1)`).
///
/// # Safety
/// `wg` points at the two words of a live `sync.WaitGroup`.
pub unsafe fn wait_group_add(cx: &mut RunContext<'_>, wg: *mut u64, delta: i64) -> Result<(), GoError> {
    // SAFETY: per the contract.
    let state_word = unsafe { word(wg) };
    let state = state_word.fetch_add((delta as u64) << 32, Ordering::SeqCst).wrapping_add((delta as u64) << 32);
    let v = (state >> 32) as i32;
    let w = state as u32;
    if v < 0 {
        return Err(GoError::Panic("sync: negative WaitGroup counter"));
    }
    if w != 0 && delta > 0 && v as i64 == delta {
        return Err(MISUSE);
    }
    if v > 0 || w == 0 {
        return Ok(());
    }
    // Counter reached 0 with waiters: nobody may touch the state now but us.
    if state_word.load(Ordering::SeqCst) != state {
        return Err(MISUSE);
    }
    state_word.store(0, Ordering::SeqCst);
    for _ in 0..w {
        // SAFETY: per the contract, word 1 is the semaphore.
        unsafe { semrelease(cx, wg.add(1), false) };
    }
    Ok(())
}

/// `wg.Wait()`.
///
/// # Safety
/// As for [`wait_group_add`].
pub unsafe fn wait_group_wait(cx: &mut RunContext<'_>, wg: *mut u64) -> Result<Blocking<()>, GoError> {
    // SAFETY: per the contract.
    let state_word = unsafe { word(wg) };
    // SAFETY: this goroutine runs here.
    if matches!(unsafe { cx.goroutine.peek_wake() }, Wake::Sema { .. }) {
        // SAFETY: per the contract.
        return match unsafe { semacquire(cx, wg.add(1), WaitReason::Semacquire, false) } {
            Blocking::Ready(()) if state_word.load(Ordering::SeqCst) != 0 => {
                Err(GoError::Panic("sync: WaitGroup is reused before previous Wait has returned"))
            }
            other => Ok(other),
        };
    }
    loop {
        let state = state_word.load(Ordering::SeqCst);
        if state >> 32 == 0 {
            return Ok(Blocking::Ready(()));
        }
        if state_word.compare_exchange(state, state + 1, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
            // SAFETY: per the contract.
            return match unsafe { semacquire(cx, wg.add(1), WaitReason::Semacquire, false) } {
                Blocking::Ready(()) if state_word.load(Ordering::SeqCst) != 0 => {
                    Err(GoError::Panic("sync: WaitGroup is reused before previous Wait has returned"))
                }
                other => Ok(other),
            };
        }
    }
}

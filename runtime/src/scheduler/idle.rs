//! The idle list and the spinning counters (Go's `pidleget`/`pidleput`, `wakep`,
//! `resetspinning`; Tokio's `idle.rs`).
//!
//! `SchedState` is guarded by `Shared::sched`. `npidle` and `nmspinning` are atomics so
//! the hot paths can read them without the lock; `npidle` changes only under the lock,
//! `nmspinning` is incremented by `wakep` (CAS 0→1) or by a worker becoming a spinner and
//! decremented by the spinner itself.
//!
//! Orderings: every access in the submit/idle handshake (module doc of `scheduler`) is
//! SeqCst. Acquire/Release cannot order a store before a later load of a different
//! location, which is exactly what both sides need (Tokio's idle.rs makes the same point).

use super::Shared;
use crate::primitives::{fence, Ordering};

/// Guarded by `Shared::sched`.
pub(crate) struct SchedState {
    /// Idle processors, most recently idled last.
    idle: Vec<usize>,
    in_idle: Vec<bool>,
    /// Set by `wakep` for the worker it took off the idle list: it wakes as a spinner.
    woken_spinning: Vec<bool>,
    /// Active workers that are neither idle nor stopped at the world-stop barrier.
    pub running: usize,
    /// A worker owns the world stop.
    pub stw_owner: Option<usize>,
}

impl SchedState {
    pub(crate) fn new(max: usize) -> SchedState {
        SchedState {
            idle: Vec::with_capacity(max),
            in_idle: vec![false; max],
            woken_spinning: vec![false; max],
            running: 0,
            stw_owner: None,
        }
    }

    pub(crate) fn is_idle(&self, index: usize) -> bool {
        self.in_idle[index]
    }

    pub(crate) fn idle_count(&self) -> usize {
        self.idle.len()
    }
}

impl Shared {
    /// Wakes an idle worker as a spinner if there is no spinner yet (Go's `wakep`).
    /// Called after publishing runnable work (step 1 of the handshake).
    pub(crate) fn wakep(&self) {
        fence(Ordering::SeqCst);
        if self.nmspinning.load(Ordering::SeqCst) != 0 {
            return;
        }
        if self.npidle.load(Ordering::SeqCst) == 0 {
            // Every worker is busy. Tell the next one about to go idle to spin instead
            // (Go's `needspinning`), then look again: write-then-read on both sides.
            self.needspinning.store(true, Ordering::SeqCst);
            if self.npidle.load(Ordering::SeqCst) == 0 {
                return;
            }
        }
        if self.nmspinning.compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst).is_err() {
            return;
        }
        let mut sched = self.sched.lock();
        let woken = if self.stw.load(Ordering::SeqCst) { None } else { self.pop_idle(&mut sched, true) };
        drop(sched);
        match woken {
            Some(index) => self.processors[index].parker.unpark(self),
            None => {
                self.needspinning.store(true, Ordering::SeqCst);
                self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }

    /// Wakes one idle worker, not as a spinner (hand the poller role over; world restart).
    pub(crate) fn wake_idle(&self) {
        let mut sched = self.sched.lock();
        let woken = self.pop_idle(&mut sched, false);
        drop(sched);
        if let Some(index) = woken {
            self.processors[index].parker.unpark(self);
        }
    }

    /// Takes the most recently idled worker off the idle list; it counts as running from
    /// now on. The caller unparks it after releasing the lock.
    pub(crate) fn pop_idle(&self, sched: &mut SchedState, spinning: bool) -> Option<usize> {
        let index = sched.idle.pop()?;
        sched.in_idle[index] = false;
        sched.woken_spinning[index] = spinning;
        sched.running += 1;
        self.npidle.fetch_sub(1, Ordering::SeqCst);
        Some(index)
    }

    /// Puts worker `index` on the idle list.
    pub(crate) fn push_idle(&self, sched: &mut SchedState, index: usize) {
        debug_assert!(!sched.in_idle[index]);
        sched.idle.push(index);
        sched.in_idle[index] = true;
        sched.running -= 1;
        self.npidle.fetch_add(1, Ordering::SeqCst);
        if self.stw.load(Ordering::SeqCst) {
            self.sched_changed.notify_all();
        }
    }

    /// Takes worker `index` off the idle list if it is still on it (it woke by itself:
    /// poll timeout, timer wake-up). Returns whether it was woken by `wakep` as a spinner.
    pub(crate) fn leave_idle(&self, sched: &mut SchedState, index: usize) -> bool {
        if sched.in_idle[index] {
            let at = sched.idle.iter().rposition(|&i| i == index).expect("minigo bug: idle list");
            sched.idle.remove(at);
            sched.in_idle[index] = false;
            sched.running += 1;
            self.npidle.fetch_sub(1, Ordering::SeqCst);
            false
        } else {
            std::mem::take(&mut sched.woken_spinning[index])
        }
    }

    /// Whether a new spinner may start: spinners stay at most half the busy processors.
    pub(crate) fn may_spin(&self) -> bool {
        let busy = self.procs().saturating_sub(self.npidle.load(Ordering::SeqCst));
        2 * self.nmspinning.load(Ordering::SeqCst) < busy
    }
}

//! The idle lists and the spinning counters (Go's `pidleget`/`pidleput`, `mget`/`mput`,
//! `wakep`; Tokio's `idle.rs`).
//!
//! `SchedState` is guarded by `Shared::sched`. `npidle` and `nmspinning` are atomics so
//! the hot paths can read them without the lock; `npidle` changes only under the lock,
//! `nmspinning` is incremented by `wakep` (CAS 0→1) or by a thread becoming a spinner and
//! decremented by the spinner itself.
//!
//! Orderings: every access in the submit/idle handshake (module doc of `scheduler`) is
//! SeqCst. Acquire/Release cannot order a store before a later load of a different
//! location, which is exactly what both sides need (Tokio's idle.rs makes the same point).

use std::sync::Arc;

use super::machine::MachineNote;
use super::processor::{IDLE, RUNNING, STOPPED};
use super::{Local, Shared};
use crate::primitives::{fence, Ordering};

/// Guarded by `Shared::sched`.
pub(crate) struct SchedState {
    /// Idle processors, most recently idled last.
    idle: Vec<usize>,
    in_idle: Vec<bool>,
    /// Threads sleeping without a processor (Go's `midle`).
    idle_machines: Vec<Arc<MachineNote>>,
    /// A world stop is in progress, owned by the thread holding this processor.
    pub stw_owner: Option<usize>,
    /// Processors the world stop still waits for (Go's `stopwait`).
    pub stopwait: usize,
}

impl SchedState {
    pub(crate) fn new(max: usize) -> SchedState {
        SchedState { idle: Vec::with_capacity(max), in_idle: vec![false; max], idle_machines: Vec::new(), stw_owner: None, stopwait: 0 }
    }

    pub(crate) fn idle_count(&self) -> usize {
        self.idle.len()
    }

    pub(crate) fn push_idle_machine(&mut self, m: Arc<MachineNote>) {
        self.idle_machines.push(m);
    }

    pub(crate) fn pop_idle_machine(&mut self) -> Option<Arc<MachineNote>> {
        self.idle_machines.pop()
    }

    pub(crate) fn take_idle_machines(&mut self) -> Vec<Arc<MachineNote>> {
        std::mem::take(&mut self.idle_machines)
    }

    /// Removes processor `index` from the idle list (a world stop takes it).
    pub(crate) fn remove_idle(&mut self, index: usize) -> bool {
        if !self.in_idle[index] {
            return false;
        }
        let at = self.idle.iter().rposition(|&i| i == index).expect("minigo bug: idle list");
        self.idle.remove(at);
        self.in_idle[index] = false;
        true
    }
}

impl Shared {
    /// Starts a thread on an idle processor as a spinner if nobody spins yet (Go's
    /// `wakep`). Called after publishing runnable work (step 1 of the handshake).
    pub(crate) fn wakep(&self) {
        fence(Ordering::SeqCst);
        if self.nmspinning.load(Ordering::SeqCst) != 0 {
            return;
        }
        if self.npidle.load(Ordering::SeqCst) == 0 {
            // Every processor is busy. Tell the next one about to go idle to spin instead
            // (Go's `needspinning`), then look again: write-then-read on both sides.
            self.needspinning.store(true, Ordering::SeqCst);
            if self.npidle.load(Ordering::SeqCst) == 0 {
                return;
            }
        }
        if self.nmspinning.compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst).is_err() {
            return;
        }
        if self.stw.load(Ordering::SeqCst) {
            // The world restart wakes whoever is needed.
            self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        self.startm(None, true);
    }

    /// Takes an idle processor (Go's `pidleget`); its status is `RUNNING` from now on.
    pub(crate) fn pidleget(&self, sched: &mut SchedState) -> Option<Box<Local>> {
        let index = sched.idle.pop()?;
        sched.in_idle[index] = false;
        self.npidle.fetch_sub(1, Ordering::SeqCst);
        let p = &self.processors[index];
        let local = p.take_local(index);
        p.status.store(RUNNING, Ordering::SeqCst);
        self.sysmon.wake_if_waiting();
        Some(local)
    }

    /// Puts a processor on the idle list (Go's `pidleput`); during a world stop it is
    /// stopped instead, which the world stop counts.
    pub(crate) fn pidleput(&self, sched: &mut SchedState, local: Box<Local>) {
        let index = local.index;
        let p = &self.processors[index];
        p.executing.store(false, Ordering::Release);
        p.put_local(local);
        if self.stw.load(Ordering::SeqCst) && sched.stw_owner.is_some() {
            p.status.store(STOPPED, Ordering::SeqCst);
            sched.stopwait -= 1;
            if sched.stopwait == 0 {
                self.sched_changed.notify_all();
            }
            return;
        }
        debug_assert!(!sched.in_idle[index]);
        p.status.store(IDLE, Ordering::SeqCst);
        sched.idle.push(index);
        sched.in_idle[index] = true;
        self.npidle.fetch_add(1, Ordering::SeqCst);
    }

    /// Whether a new spinner may start: spinners stay at most half the busy processors.
    pub(crate) fn may_spin(&self) -> bool {
        let busy = self.procs().saturating_sub(self.npidle.load(Ordering::SeqCst));
        2 * self.nmspinning.load(Ordering::SeqCst) < busy
    }
}

//! Blocking system calls (Go's `entersyscall` / `exitsyscall` / `handoffp`).
//!
//! 1. `enter_syscall`: the thread parks its processor's `Local` in the processor's slot
//!    and marks it `SYSCALL`, then makes the call holding only its goroutine.
//! 2. While the call lasts, sysmon may win the processor with a CAS out of `SYSCALL` and
//!    hand it to another thread (`handoff`); a world stop may win it too (`STOPPED`).
//! 3. `exit_syscall`: the thread CASes `SYSCALL` → `RUNNING` and takes its `Local` back
//!    (the common case: a short call). If the processor was taken, it waits for any world
//!    stop to end (the collector may be reading the goroutine), then takes an idle
//!    processor; if none is idle the thread continues without one: the native stores its
//!    plain results and the goroutine goes to the global queue (`worker.rs`), as Go's
//!    `exitsyscall0` does.
//!
//! `nsyscall` counts threads between 1 and 3 whose goroutine is in no queue; deadlock
//! detection treats them as running. A thread in a call is not joined at the end of the
//! program (`MachineNote::in_syscall`): it may never return.

use super::machine::Machine;
use super::processor::{RUNNING, STOPPED, SYSCALL};
use super::{Local, Shared};
use crate::primitives::Ordering;

impl Shared {
    /// Step 1. False: the program is ending and the call must not be made.
    pub(crate) fn enter_syscall(&self, m: &mut Machine) -> bool {
        m.note.in_syscall.store(true, Ordering::SeqCst);
        if self.shutdown.load(Ordering::SeqCst) {
            m.note.in_syscall.store(false, Ordering::SeqCst);
            return false;
        }
        self.nsyscall.fetch_add(1, Ordering::SeqCst);
        let local = m.p.take().expect("minigo bug: a system call without a processor");
        let index = local.index;
        let p = &self.processors[index];
        p.executing.store(false, Ordering::Release);
        p.syscalltick.fetch_add(1, Ordering::Relaxed);
        p.put_local(local);
        p.status.store(SYSCALL, Ordering::SeqCst);
        m.syscall_p = Some(index);
        if self.stw.load(Ordering::SeqCst) {
            // A world stop counted this processor as running before we got here: it must
            // not wait for the call (Go's `entersyscall_gcwait`).
            let mut sched = self.sched.lock();
            if sched.stw_owner.is_some() && p.status.compare_exchange(SYSCALL, STOPPED, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                sched.stopwait -= 1;
                if sched.stopwait == 0 {
                    self.sched_changed.notify_all();
                }
            }
        }
        true
    }

    /// Step 3.
    pub(crate) fn exit_syscall(&self, m: &mut Machine) {
        let index = m.syscall_p.take().expect("minigo bug: exit_syscall without enter_syscall");
        let p = &self.processors[index];
        if p.status.compare_exchange(SYSCALL, RUNNING, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
            m.p = Some(p.take_local(index));
            p.executing.store(true, Ordering::Release);
            self.nsyscall.fetch_sub(1, Ordering::SeqCst);
            m.note.in_syscall.store(false, Ordering::SeqCst);
            return;
        }
        let mut sched = self.sched.lock();
        while self.stw.load(Ordering::SeqCst) && !self.shutdown.load(Ordering::SeqCst) {
            self.sched_changed.wait(&mut sched);
        }
        if let Some(local) = self.pidleget(&mut sched) {
            self.processors[local.index].executing.store(true, Ordering::Release);
            m.p = Some(local);
            // Under `sched`: a deadlock check sees this thread as running either way.
            self.nsyscall.fetch_sub(1, Ordering::SeqCst);
        }
        // Without a processor `nsyscall` stays counted until the goroutine is queued
        // (`worker.rs`, `requeue_after_syscall`).
        m.note.in_syscall.store(false, Ordering::SeqCst);
    }

    /// The goroutine of a thread that came back from a system call without a processor
    /// is queued globally; the thread then sleeps.
    pub(crate) fn requeue_after_syscall(&self, g: crate::goroutine::GRef) {
        g.set_status(crate::goroutine::Status::Runnable);
        self.global.push(g);
        self.nsyscall.fetch_sub(1, Ordering::SeqCst);
        self.wakep();
    }

    /// Go's `handoffp`: a processor taken from a thread in a system call (or otherwise
    /// left without one) goes to a thread if there is work for it, else to the idle list.
    pub(crate) fn handoff(&self, local: Box<Local>) {
        let p = &self.processors[local.index];
        if p.has_work() || !self.global.is_empty() {
            self.startm(Some(local), false);
            return;
        }
        // No thread is looking for work: this one will (it may find timers or a steal).
        if self.nmspinning.load(Ordering::SeqCst) + self.npidle.load(Ordering::SeqCst) == 0
            && self.nmspinning.compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst).is_ok()
        {
            self.startm(Some(local), true);
            return;
        }
        let next_timer = p.next_timer.load(Ordering::SeqCst);
        let mut sched = self.sched.lock();
        if !self.global.is_empty() && !self.stw.load(Ordering::SeqCst) {
            drop(sched);
            self.startm(Some(local), false);
            return;
        }
        self.pidleput(&mut sched, local);
        drop(sched);
        if next_timer != 0 {
            // Its timers still need someone to wait for them.
            self.timer_added(next_timer);
            if !self.poller.is_polling() {
                self.wakep();
            }
        }
    }
}

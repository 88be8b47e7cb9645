//! Deadlock detection (Go's `checkdead`) and the goroutine dump.
//!
//! Run by the thread that makes every processor idle. The program is deadlocked when,
//! under the `sched` lock (so no processor can leave the idle list meanwhile):
//! 1. every active processor is idle, no world stop is in progress, and no thread is in a
//!    system call (its goroutine will run again);
//! 2. the global queue and every processor's queue are empty;
//! 3. no timer can wake anything: no sleep, no `AfterFunc`, and no channel timer with a
//!    goroutine waiting to receive from its channel (Go 1.23 keeps a channel timer in a
//!    heap only while someone is blocked on it);
//! 4. no goroutine waits on the network or a descriptor (Go does not count them as
//!    asleep) or on an external event (`external_waits`).
//!
//! With no goroutine left at all (main called `runtime.Goexit`), Go reports `no goroutines
//! (main called runtime.Goexit) - deadlock!` instead.
//!
//! Then it prints Go's text: `fatal error: all goroutines are asleep - deadlock!`, a
//! blank line, and one `goroutine N [reason]:` block per goroutine in creation order,
//! blocks separated by blank lines.
//!
//! In a REPL session only a foreground goroutine (a running input) can deadlock: between
//! inputs the REPL thread itself may still wake anything, so goroutines that are all
//! blocked are fine. A deadlock ends the input ([`Foreground::Deadlock`]); its goroutines
//! stay parked (they may be woken by a later input) and the session goes on.

use std::fmt::Write;

use super::{Foreground, Mode, RunOutcome, Shared};
use crate::goroutine::Status;
use crate::primitives::Ordering;

impl Shared {
    /// Returns true if the program was found deadlocked (and is now finishing); a
    /// session's deadlocked input is reported and the session goes on (false).
    pub(crate) fn check_dead(&self) -> bool {
        let sched = self.sched.lock();
        let procs = self.procs();
        if sched.idle_count() != procs || sched.stw_owner.is_some() || self.shutdown.load(Ordering::SeqCst) {
            return false;
        }
        let session = self.mode == Mode::Session;
        if session && self.foreground.load(Ordering::SeqCst) == 0 {
            // Between inputs: the REPL may still send, close or unlock anything.
            return false;
        }
        if !self.global.is_empty() || self.processors[..procs].iter().any(|p| p.has_work()) {
            return false;
        }
        if self.external_waits.load(Ordering::SeqCst) != 0
            || self.nsyscall.load(Ordering::SeqCst) != 0
            || self.poller.has_waiters()
        {
            return false;
        }
        if !session && self.ngoroutines.load(Ordering::SeqCst) == 0 {
            // Only possible when main called runtime.Goexit and everything else ended.
            drop(sched);
            self.finish(RunOutcome::Deadlock("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".into()));
            return true;
        }
        if self.processors.iter().any(|p| p.timers.lock().can_wake()) {
            return false;
        }
        let report = self.goroutine_dump("fatal error: all goroutines are asleep - deadlock!\n");
        if session {
            // Cleared under `sched`: the input is over, and no later check reports it again.
            self.foreground.store(0, Ordering::SeqCst);
            drop(sched);
            self.end_foreground(Foreground::Deadlock(report));
            return false;
        }
        drop(sched);
        self.finish(RunOutcome::Deadlock(report));
        true
    }

    /// `header`, then every live goroutine's block.
    pub(crate) fn goroutine_dump(&self, header: &str) -> String {
        let mut out = String::from(header);
        for g in self.all.lock().iter() {
            if g.status() == Status::Idle {
                continue;
            }
            let reason = match g.status() {
                Status::Waiting => g.wait_reason().as_str(),
                Status::Running => "running",
                _ => "runnable",
            };
            let _ = write!(out, "\ngoroutine {} [{}]:\n", g.id(), reason);
            // SAFETY: called only when every processor is idle and no thread is in a
            // system call (deadlock): no task runs.
            if let Some(task) = unsafe { g.task_ref() } {
                task.dump(&mut out);
            }
        }
        out
    }
}

//! Finding the next goroutine to run (Go's `findRunnable` and `stealWork`).
//!
//! Order, as Go's:
//! 1. every 61st schedule, one goroutine from the global queue (fairness: two local
//!    goroutines readying each other cannot starve it);
//! 2. this processor's expired timers;
//! 3. `runnext`, then the local queue;
//! 4. a batch from the global queue;
//! 5. if spinning is allowed: steal half of a random victim's queue, 4 passes over all
//!    processors from a random start, the last pass also running the victims' expired
//!    timers and taking their `runnext`;
//! 6. otherwise join the idle list (protocol in the `scheduler` module doc) and park.

use std::time::{Duration, Instant};

use crossbeam_deque::Steal;

use super::{Local, Shared};
use crate::goroutine::GRef;
use crate::primitives::Ordering;

const STEAL_TRIES: usize = 4;
/// Go's `globrunqget` cap.
const GLOBAL_BATCH_MAX: usize = 128;

/// What the worker loop should do next.
pub(crate) enum Next {
    Run(GRef, bool),
    /// Shutdown, world stop, or processor stopped: back to the loop top.
    Check,
}

impl Shared {
    pub(crate) fn find_runnable(&self, local: &mut Local) -> Next {
        loop {
            if self.shutdown.load(Ordering::Relaxed) || self.stw.load(Ordering::Acquire) {
                return Next::Check;
            }
            if local.index >= self.procs() {
                return Next::Check;
            }
            self.run_timers(local, local.index);
            if local.schedtick.is_multiple_of(61) {
                if let Some(g) = self.global_get(local, 1) {
                    return Next::Run(g, false);
                }
            }
            if let Some((g, inherit)) = local.runq_get(self) {
                return Next::Run(g, inherit);
            }
            if let Some(g) = self.global_get(local, GLOBAL_BATCH_MAX) {
                return Next::Run(g, false);
            }
            if local.spinning || self.may_spin() {
                if !local.spinning {
                    local.spinning = true;
                    self.nmspinning.fetch_add(1, Ordering::SeqCst);
                }
                if let Some(g) = self.steal_work(local) {
                    return Next::Run(g, false);
                }
            }
            if !self.go_idle(local) {
                return Next::Check;
            }
        }
    }

    /// Go's `globrunqget`: up to `max` goroutines, one returned, the rest queued locally.
    fn global_get(&self, local: &mut Local, max: usize) -> Option<GRef> {
        if self.global.is_empty() {
            return None;
        }
        let n = (self.global.len() / self.procs() + 1).min(max);
        loop {
            let got = if n <= 1 {
                self.global.steal()
            } else {
                self.global.steal_batch_with_limit_and_pop(&local.runq, n)
            };
            match got {
                Steal::Success(g) => return Some(g),
                Steal::Empty => return None,
                Steal::Retry => continue,
            }
        }
    }

    fn steal_work(&self, local: &mut Local) -> Option<GRef> {
        let procs = self.procs();
        for pass in 0..STEAL_TRIES {
            let last = pass == STEAL_TRIES - 1;
            let start = local.random_below(procs as u32) as usize;
            for k in 0..procs {
                let victim = (start + k) % procs;
                if victim == local.index {
                    continue;
                }
                if last {
                    self.run_timers(local, victim);
                    if let Some((g, _)) = local.runq_get(self) {
                        return Some(g);
                    }
                }
                if let Some(g) = self.steal_from(local, victim, last) {
                    return Some(g);
                }
            }
        }
        None
    }

    /// Go's `runqsteal`: half of the victim's queue, or on the last pass its `runnext`.
    fn steal_from(&self, local: &mut Local, victim: usize, last: bool) -> Option<GRef> {
        let p = &self.processors[victim];
        loop {
            let limit = p.stealer.len().div_ceil(2).max(1);
            match p.stealer.steal_batch_with_limit_and_pop(&local.runq, limit) {
                Steal::Success(g) => return Some(g),
                Steal::Retry => continue,
                Steal::Empty => break,
            }
        }
        if !last || p.runnext.load(Ordering::Acquire).is_null() {
            return None;
        }
        if p.executing.load(Ordering::Acquire) {
            // The victim just readied this goroutine and is about to park or finish:
            // give it ~3µs to run it itself instead of bouncing the pair between
            // processors (Go's `usleep(3)` in `runqgrab`).
            let until = Instant::now() + Duration::from_micros(3);
            while Instant::now() < until {
                std::hint::spin_loop();
            }
        }
        p.take_runnext()
    }

    /// Joins the idle list and parks. Returns true to search again, false to go back to
    /// the loop top (shutdown, world stop).
    fn go_idle(&self, local: &mut Local) -> bool {
        let mut sched = self.sched.lock();
        if self.stw.load(Ordering::SeqCst) || self.shutdown.load(Ordering::SeqCst) {
            return false;
        }
        if !self.global.is_empty() {
            return true;
        }
        self.push_idle(&mut sched, local.index);
        // Go's `needspinning`: a submitter found every worker busy. Read after our
        // `npidle` increment (SeqCst), pairing with wakep's store-then-read.
        if !local.spinning && self.needspinning.swap(false, Ordering::SeqCst) {
            self.leave_idle(&mut sched, local.index);
            local.spinning = true;
            self.nmspinning.fetch_add(1, Ordering::SeqCst);
            return true;
        }
        let all_idle = sched.idle_count() == self.procs();
        drop(sched);

        if local.spinning {
            // Step 2 of the handshake: stop spinning, then look at every queue again.
            local.spinning = false;
            self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            std::sync::atomic::fence(Ordering::SeqCst);
            let found = self.processors[..self.procs()].iter().any(|p| p.has_work()) || !self.global.is_empty();
            if found {
                let mut sched = self.sched.lock();
                // A `wakep` may have taken us off the idle list meanwhile, as a spinner it
                // already counted in `nmspinning`.
                let counted = self.leave_idle(&mut sched, local.index);
                drop(sched);
                local.spinning = true;
                if !counted {
                    self.nmspinning.fetch_add(1, Ordering::SeqCst);
                }
                return true;
            }
        }
        if all_idle && self.check_dead() {
            return false;
        }
        let was_poller = self.processors[local.index].parker.park(self);
        let mut sched = self.sched.lock();
        while self.stw.load(Ordering::SeqCst) && sched.is_idle(local.index) && !self.shutdown.load(Ordering::SeqCst) {
            // An idle worker takes no part in a world stop: it just must not run.
            self.sched_changed.wait(&mut sched);
        }
        let spinning = self.leave_idle(&mut sched, local.index);
        let others_idle = sched.idle_count() > 0;
        drop(sched);
        if spinning {
            local.spinning = true;
        }
        if was_poller && others_idle && self.earliest_timer().is_some() {
            // We leave the poller's seat with timers pending: let another idle worker
            // take it, or nobody would wake for them while we run.
            self.wake_idle();
        }
        true
    }
}

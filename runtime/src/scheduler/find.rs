//! Finding the next goroutine to run (Go's `findRunnable` and `stealWork`), and what a
//! thread does when there is none.
//!
//! Order, as Go's:
//! 1. every 61st schedule, one goroutine from the global queue (fairness: two local
//!    goroutines readying each other cannot starve it);
//! 2. this processor's expired timers;
//! 3. `runnext`, then the local queue;
//! 4. a batch from the global queue;
//! 5. a non-blocking poll of the network, if goroutines wait on it;
//! 6. if spinning is allowed: steal half of a random victim's queue, 4 passes over all
//!    processors from a random start, the last pass also running the victims' expired
//!    timers and taking their `runnext`;
//! 7. otherwise `go_idle`: run every processor's expired timers, release the processor
//!    (protocol in the `scheduler` module doc), then block in the poller until the next
//!    timer if goroutines wait on timers or the network and nobody polls yet, else sleep
//!    until handed a processor.

use std::time::{Duration, Instant};

use crossbeam_deque::Steal;

use super::{Local, Machine, Shared};
use crate::goroutine::{GRef, Status};
use crate::primitives::Ordering;

const STEAL_TRIES: usize = 4;
/// Go's `globrunqget` cap.
const GLOBAL_BATCH_MAX: usize = 128;

/// What the thread's loop should do next.
pub(crate) enum Next {
    Run(GRef, bool),
    /// Shutdown, world stop, or no processor any more: back to the loop top.
    Check,
}

impl Shared {
    pub(crate) fn find_runnable(&self, m: &mut Machine) -> Next {
        loop {
            if self.shutdown.load(Ordering::Relaxed) || self.stw.load(Ordering::Acquire) {
                return Next::Check;
            }
            let Some(local) = m.p.as_deref_mut() else { return Next::Check };
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
            if let Some(g) = self.poll_network(local) {
                return Next::Run(g, false);
            }
            if m.spinning || self.may_spin() {
                if !m.spinning {
                    m.spinning = true;
                    self.nmspinning.fetch_add(1, Ordering::SeqCst);
                }
                if let Some(g) = self.steal_work(m.local()) {
                    return Next::Run(g, false);
                }
            }
            if !self.go_idle(m) {
                return Next::Check;
            }
        }
    }

    /// Step 5: goroutines whose descriptors became ready, if the poller is free; the
    /// first is returned, the rest queued here.
    fn poll_network(&self, local: &mut Local) -> Option<GRef> {
        if !self.poller.has_waiters() {
            return None;
        }
        let mut ready = Vec::new();
        if !self.poller.poll_now(&mut ready, self.now()) {
            return None;
        }
        self.queue_polled(local, ready)
    }

    /// Makes goroutines the poller readied runnable here: the first is returned.
    fn queue_polled(&self, local: &mut Local, ready: Vec<GRef>) -> Option<GRef> {
        let mut ready = ready.into_iter();
        let first = ready.next()?;
        let mut more = false;
        for g in ready {
            g.set_status(Status::Runnable);
            local.runq_put(self, g, false);
            more = true;
        }
        if more {
            self.wakep();
        }
        Some(first)
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

    /// Step 7: this thread found nothing to run. Returns true to search again (it holds
    /// a processor), false to go back to the loop top (shutdown, world stop, or it holds
    /// none).
    fn go_idle(&self, m: &mut Machine) -> bool {
        if self.run_all_timers(m.local()) {
            return true;
        }
        let mut sched = self.sched.lock();
        if self.stw.load(Ordering::SeqCst) || self.shutdown.load(Ordering::SeqCst) {
            return false;
        }
        if !self.global.is_empty() {
            return true;
        }
        let local = m.p.take().expect("minigo bug: idle without a processor");
        self.pidleput(&mut sched, local);
        // Go's `needspinning`: a submitter found every processor busy. Read after our
        // `npidle` increment (SeqCst), pairing with wakep's store-then-read.
        if !m.spinning && self.needspinning.swap(false, Ordering::SeqCst) {
            let local = self.pidleget(&mut sched).expect("minigo bug: the idle list lost a processor");
            drop(sched);
            self.acquire(m, local);
            m.spinning = true;
            self.nmspinning.fetch_add(1, Ordering::SeqCst);
            return true;
        }
        let all_idle = sched.idle_count() == self.procs();
        drop(sched);

        if m.spinning {
            // Step 2 of the handshake: stop spinning, then look at every queue again.
            m.spinning = false;
            self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            std::sync::atomic::fence(Ordering::SeqCst);
            let found = self.processors[..self.procs()].iter().any(|p| p.has_work()) || !self.global.is_empty();
            if found {
                let mut sched = self.sched.lock();
                if let Some(local) = self.pidleget(&mut sched) {
                    drop(sched);
                    self.acquire(m, local);
                    m.spinning = true;
                    self.nmspinning.fetch_add(1, Ordering::SeqCst);
                    return true;
                }
            }
        }
        if all_idle && self.nsyscall.load(Ordering::SeqCst) == 0 && self.check_dead() {
            return false;
        }
        if self.poller.has_waiters() || self.earliest_timer().is_some() {
            let blocked = self.poller.block(
                || self.earliest_timer(),
                || self.now(),
                || self.shutdown.load(Ordering::SeqCst),
            );
            if let Some(mut ready) = blocked {
                // Woken by readiness, a timer deadline or a wake-up: take a processor to
                // run what is due, or hand the goroutines to the busy ones.
                let mut sched = self.sched.lock();
                let local = if self.stw.load(Ordering::SeqCst) { None } else { self.pidleget(&mut sched) };
                drop(sched);
                match local {
                    Some(local) => {
                        self.acquire(m, local);
                        if let Some(first) = self.queue_polled(m.local(), std::mem::take(&mut ready)) {
                            first.set_status(Status::Runnable);
                            m.local().runq_put(self, first, true);
                        }
                        return true;
                    }
                    None => {
                        for g in ready {
                            g.set_status(Status::Runnable);
                            self.global.push(g);
                        }
                        self.wakep();
                    }
                }
            }
        }
        false
    }
}

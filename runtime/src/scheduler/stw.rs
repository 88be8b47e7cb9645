//! Stopping the world (Go's `stopTheWorldWithSema` / `startTheWorldWithSema`), for a
//! garbage collection or a `GOMAXPROCS` change.
//!
//! Protocol, all under `Shared::sched`:
//! 1. The initiator (a worker between two goroutines, never inside one) claims
//!    `stw_owner`, sets `stw` (every safepoint now answers "yield") and leaves `running`.
//! 2. Every running worker reaches the barrier at its next turn: it leaves `running`,
//!    signals, and waits for `stw` to clear. Idle workers are not running; one that wakes
//!    during the stop waits without leaving the idle list (`find::go_idle`), so it never
//!    touches a queue or a timer while the world is stopped.
//! 3. When `running` is 0, no goroutine executes and every goroutine's state is saved in
//!    its task: the initiator collects garbage and/or resizes.
//! 4. It clears `stw`, rejoins `running`, wakes the barrier and then a spinner.
//!
//! Every transition of `running` happens under the lock, and a worker's last access to a
//! goroutine precedes its own transition, so the initiator sees all of them (mutex
//! acquire/release).

use std::sync::Arc;

use crossbeam_deque::Steal;

use super::{Local, Shared, MAX_PROCS};
use crate::heap;
use crate::primitives::Ordering;

impl Shared {
    /// Whether a collection or a `GOMAXPROCS` change waits for a world stop.
    pub(crate) fn world_stop_wanted(&self) -> bool {
        self.procs_request.load(Ordering::Relaxed) != 0 || self.gc_request.load(Ordering::Relaxed) || heap::gc_wanted()
    }

    pub(crate) fn stop_the_world(&self, arc: &Arc<Shared>, local: &mut Local) {
        let mut sched = self.sched.lock();
        if sched.stw_owner.is_some() || !self.world_stop_wanted() {
            return;
        }
        sched.stw_owner = Some(local.index);
        self.stw.store(true, Ordering::SeqCst);
        for p in self.processors[..self.procs()].iter() {
            p.preempt.store(true, Ordering::Relaxed);
        }
        sched.running -= 1;
        while sched.running > 0 && !self.shutdown.load(Ordering::SeqCst) {
            self.sched_changed.wait(&mut sched);
        }
        // The world is stopped.
        if self.gc_request.swap(false, Ordering::Relaxed) || heap::gc_wanted() {
            heap::collect(&mut |marker| self.trace_roots(marker));
            self.gc_count.fetch_add(1, Ordering::Relaxed);
        }
        let mut to_wake = Vec::new();
        let request = self.procs_request.swap(0, Ordering::Relaxed);
        if request != 0 {
            to_wake = self.resize(arc, &mut sched, request, local.index);
        }
        sched.stw_owner = None;
        sched.running += 1;
        self.stw.store(false, Ordering::SeqCst);
        self.sched_changed.notify_all();
        drop(sched);
        for index in to_wake {
            self.processors[index].parker.unpark(self);
        }
        self.wakep();
        self.start_finalizer_runner(local);
    }

    /// Starts the finalizer goroutine if the collection queued finalizers and none runs.
    fn start_finalizer_runner(&self, local: &mut Local) {
        if heap::finalizer::runner_wanted() {
            match self.hooks().finalizer_runner() {
                Some(task) => {
                    local.spawn(self, task);
                }
                None => heap::finalizer::reset(),
            }
        }
    }

    /// Step 2 of the protocol, for a worker that finds `stw` set at its loop top.
    pub(crate) fn stw_barrier(&self, _local: &mut Local) {
        let mut sched = self.sched.lock();
        if !self.stw.load(Ordering::SeqCst) {
            return;
        }
        sched.running -= 1;
        self.sched_changed.notify_all();
        while self.stw.load(Ordering::SeqCst) && !self.shutdown.load(Ordering::SeqCst) {
            self.sched_changed.wait(&mut sched);
        }
        sched.running += 1;
    }

    /// A worker whose processor was removed by `GOMAXPROCS`: wait until it is needed.
    pub(crate) fn stopped_processor(&self, local: &mut Local) {
        local.flush_free(self);
        // A retired processor gives its allocation cache's spans back (dropping a cache
        // releases it; a fresh one costs nothing until it allocates).
        drop(std::mem::take(&mut local.alloc));
        if local.spinning {
            // A spinner caught by the world stop that removed its processor: a `wakep`
            // since (the world restart's, for the goroutines moved off the removed
            // processors) may have counted on it. Hand the search over, as
            // `reset_spinning` does.
            local.spinning = false;
            self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            self.wakep();
        }
        let mut sched = self.sched.lock();
        sched.running -= 1;
        self.sched_changed.notify_all();
        while local.index >= self.procs() && !self.shutdown.load(Ordering::SeqCst) {
            self.sched_changed.wait(&mut sched);
        }
        sched.running += 1;
    }

    /// Go's `procresize`, with the world stopped. Returns idle workers to unpark once the
    /// world restarts (those whose processor went away must notice it).
    fn resize(&self, arc: &Arc<Shared>, sched: &mut super::idle::SchedState, request: usize, me: usize) -> Vec<usize> {
        let old = self.procs();
        let new = request.clamp(1, MAX_PROCS);
        let mut to_wake = Vec::new();
        if new < old {
            let keep = if me < new { me } else { 0 };
            for index in new..old {
                let p = &self.processors[index];
                while let Some(g) = p.take_runnext() {
                    self.global.push(g);
                }
                loop {
                    match p.stealer.steal() {
                        Steal::Success(g) => self.global.push(g),
                        Steal::Retry => continue,
                        Steal::Empty => break,
                    }
                }
                self.move_timers(index, keep);
                if sched.is_idle(index) {
                    self.leave_idle(sched, index);
                    to_wake.push(index);
                }
            }
        }
        self.gomaxprocs.store(new, Ordering::SeqCst);
        for index in old..new {
            if !self.processors[index].started.load(Ordering::Acquire) {
                sched.running += 1;
                arc.spawn_worker(index);
            }
        }
        to_wake
    }
}

//! Stopping the world (Go's `stopTheWorldWithSema` / `startTheWorldWithSema`,
//! `procresize`), for a garbage collection or a `GOMAXPROCS` change.
//!
//! The world is stopped when the initiator holds every processor: no goroutine runs
//! (threads in system calls hold a goroutine but touch nothing of it until the world
//! restarts, `syscall.rs`). Protocol, all under `Shared::sched`:
//! 1. The initiator (a thread between two goroutines, holding a processor) claims
//!    `stw_owner`, sets `stw` (every safepoint now answers "yield") and takes every
//!    other processor: idle ones off the idle list, ones in `SYSCALL` by CAS; the
//!    running ones are counted in `stopwait`.
//! 2. A thread holding a processor gives it up at its next loop top (`stw_barrier`) or
//!    when it would release it (`pidleput`, `enter_syscall`): `STOPPED`, `stopwait - 1`.
//!    It then sleeps until handed a processor again.
//! 3. When `stopwait` is 0 the initiator collects garbage and/or resizes.
//! 4. It clears `stw`, puts every stopped processor back: to a thread if it has work,
//!    else on the idle list, and wakes a spinner.
//!
//! Every transition happens under the lock (or by CAS on a status the initiator re-reads
//! under it), and a thread's last access to a goroutine precedes its own transition, so
//! the initiator sees all of them (mutex acquire/release).

use crossbeam_deque::Steal;

use super::processor::{RUNNING, STOPPED, SYSCALL};
use super::{Local, Machine, Shared, MAX_PROCS};
use crate::heap;
use crate::primitives::Ordering;

impl Shared {
    /// Whether a collection or a `GOMAXPROCS` change waits for a world stop.
    pub(crate) fn world_stop_wanted(&self) -> bool {
        self.procs_request.load(Ordering::Relaxed) != 0 || self.gc_request.load(Ordering::Relaxed) || heap::gc_wanted()
    }

    pub(crate) fn stop_the_world(&self, m: &mut Machine) {
        let me = m.local().index;
        let mut sched = self.sched.lock();
        if sched.stw_owner.is_some() || !self.world_stop_wanted() {
            return;
        }
        sched.stw_owner = Some(me);
        self.stw.store(true, Ordering::SeqCst);
        let procs = self.procs();
        sched.stopwait = 0;
        for i in (0..procs).filter(|&i| i != me) {
            let p = &self.processors[i];
            if sched.remove_idle(i) {
                self.npidle.fetch_sub(1, Ordering::SeqCst);
                p.status.store(STOPPED, Ordering::SeqCst);
                continue;
            }
            match p.status.compare_exchange(SYSCALL, STOPPED, Ordering::SeqCst, Ordering::SeqCst) {
                Ok(_) => {}
                Err(RUNNING) => {
                    sched.stopwait += 1;
                    p.preempt.store(true, Ordering::Relaxed);
                }
                Err(other) => panic!("minigo bug: processor {i} in state {other} at a world stop"),
            }
        }
        while sched.stopwait > 0 && !self.shutdown.load(Ordering::SeqCst) {
            self.sched_changed.wait(&mut sched);
        }
        // The wait also ends when the program does (main returned while this thread was
        // stopping the world): processors may still be running then, so neither collect
        // nor resize; only give back the processors taken so far.
        let stopped = sched.stopwait == 0;
        if stopped {
            if self.gc_request.swap(false, Ordering::Relaxed) || heap::gc_wanted() {
                heap::collect(&mut |marker| self.trace_roots(marker));
                self.gc_count.fetch_add(1, Ordering::Relaxed);
            }
            let request = self.procs_request.swap(0, Ordering::Relaxed);
            if request != 0 {
                self.resize(m, request);
            }
        }
        // Restart: every other processor to a thread (it has work) or the idle list.
        let me = m.local().index;
        sched.stw_owner = None;
        self.stw.store(false, Ordering::SeqCst);
        let mut start = Vec::new();
        for i in (0..self.procs()).filter(|&i| i != me) {
            let p = &self.processors[i];
            if !stopped && p.status.load(Ordering::SeqCst) != STOPPED {
                continue;
            }
            debug_assert_eq!(p.status.load(Ordering::SeqCst), STOPPED);
            let local = p.take_local(i);
            if p.has_work() {
                p.status.store(RUNNING, Ordering::SeqCst);
                start.push(local);
            } else {
                self.pidleput(&mut sched, local);
            }
        }
        self.sched_changed.notify_all();
        drop(sched);
        for local in start {
            self.startm(Some(local), false);
        }
        self.wakep();
        self.start_finalizer_runner(m.local());
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

    /// Step 2, for a thread that finds `stw` set at its loop top: give the processor up.
    pub(crate) fn stw_barrier(&self, m: &mut Machine) {
        let mut sched = self.sched.lock();
        if !self.stw.load(Ordering::SeqCst) || sched.stw_owner.is_none() {
            return;
        }
        if m.spinning {
            // A spinner caught by the world stop: the restart wakes a new one.
            m.spinning = false;
            self.nmspinning.fetch_sub(1, Ordering::SeqCst);
        }
        let local = m.p.take().expect("minigo bug: world stop barrier without a processor");
        self.pidleput(&mut sched, local);
    }

    /// Go's `procresize`, with the world stopped and every processor held by the
    /// initiator (`m` holds its own; the others are `STOPPED` in their slots).
    fn resize(&self, m: &mut Machine, request: usize) {
        let old = self.procs();
        let new = request.clamp(1, MAX_PROCS);
        if new < old && m.local().index >= new {
            // The initiator's processor goes away: move to processor 0, with the
            // goroutines waiting here (the one that asked for the change is in `runnext`).
            let mut mine = m.p.take().expect("minigo bug: resize without a processor");
            let mut zero = self.processors[0].take_local(0);
            self.move_work(&mut mine, &mut zero);
            let index = mine.index;
            self.processors[index].put_local(mine);
            self.processors[index].status.store(STOPPED, Ordering::SeqCst);
            self.processors[0].status.store(RUNNING, Ordering::SeqCst);
            m.p = Some(zero);
        }
        if new < old {
            let keep = m.local().index;
            for index in new..old {
                let p = &self.processors[index];
                let mut gone = p.take_local(index);
                let mine = m.local();
                self.move_work(&mut gone, mine);
                self.move_timers(index, keep);
                gone.flush_free(self);
                // A retired processor gives its allocation cache's spans back (dropping a
                // cache releases it; a fresh one costs nothing until it allocates).
                drop(std::mem::take(&mut gone.alloc));
                p.put_local(gone);
                p.status.store(STOPPED, Ordering::SeqCst);
            }
        }
        for index in old..new {
            // New processors: made on first use, stopped until the restart.
            self.processors[index].status.store(STOPPED, Ordering::SeqCst);
        }
        self.gomaxprocs.store(new, Ordering::SeqCst);
    }

    /// Moves every goroutine queued on `from` to `to` (`runnext` first, so it runs next).
    fn move_work(&self, from: &mut Local, to: &mut Local) {
        let p = &self.processors[from.index];
        if let Some(g) = p.take_runnext() {
            to.runq_put(self, g, true);
        }
        while let Some(g) = from.runq.pop() {
            to.runq_put(self, g, false);
        }
        loop {
            match p.stealer.steal() {
                Steal::Success(g) => to.runq_put(self, g, false),
                Steal::Retry => continue,
                Steal::Empty => break,
            }
        }
    }
}

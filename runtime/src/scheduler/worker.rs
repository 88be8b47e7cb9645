//! The worker loop (Go's `schedule` + `execute` + `park_m`; Tokio's `Context::run`).
//!
//! Each turn: stop for a world stop if one is pending, start one if the heap wants a
//! collection or `GOMAXPROCS` changed, find a goroutine, stop spinning (waking another
//! spinner if we were the last, Go's `resetspinning`), run it, and act on how its slice
//! ended:
//! - `Yield`: to the global queue, then `wakep` (Go's `goschedImpl`);
//! - `Park`: mark it waiting, *then* run the commit that releases the lock under which
//!   it was queued (Go's `park_m` running `unlockf`). After the commit the goroutine
//!   belongs to the wait structure and this worker never touches it again;
//! - `Done`, `Goexit`, `Terminate`, `Fatal`: `end_goroutine` (below), which differs
//!   between a program and a REPL session.

use std::sync::Arc;
use std::time::Instant;

use super::find::Next;
use super::{Foreground, Local, Mode, RunOutcome, Shared};
use crate::context::RunContext;
use crate::external::ExternalWaker;
use crate::goroutine::{Commit, GRef, Status};
use crate::primitives::{Ordering, RawLockApi};
use crate::task::Exit;

pub(crate) fn run_worker(shared: Arc<Shared>, index: usize) {
    let mut local = Local::new(&shared, index);
    // A world stop happens between two goroutines, and at most once per goroutine run:
    // `gc_wanted` may stay true (GC stress mode), and the world must still make progress.
    let mut may_stop_world = true;
    loop {
        if shared.shutdown.load(Ordering::SeqCst) {
            break;
        }
        if shared.stw.load(Ordering::SeqCst) {
            shared.stw_barrier(&mut local);
            continue;
        }
        if index >= shared.procs() {
            shared.stopped_processor(&mut local);
            continue;
        }
        if may_stop_world && shared.world_stop_wanted() {
            shared.stop_the_world(&shared, &mut local);
            may_stop_world = false;
            continue;
        }
        match shared.find_runnable(&mut local) {
            Next::Run(g, inherit) => {
                if inherit && local.slice_start.elapsed() >= crate::context::TIME_SLICE {
                    // The slice it would inherit is used up: goroutines readying each
                    // other through `runnext` must not keep the processor from the rest
                    // (Go's sysmon preempts the pair's current goroutine). It goes to the
                    // global queue, as a preempted goroutine does.
                    self_preempt(&shared, g);
                    continue;
                }
                if local.spinning {
                    shared.reset_spinning(&mut local);
                }
                if !inherit {
                    local.schedtick = local.schedtick.wrapping_add(1);
                    local.slice_start = Instant::now();
                }
                shared.execute(&shared, &mut local, g);
                may_stop_world = true;
            }
            Next::Check => {}
        }
    }
    local.flush_free(&shared);
}

/// Queues a goroutine that was about to run as if it had been preempted.
fn self_preempt(shared: &Shared, g: GRef) {
    shared.global.push(g);
    shared.wakep();
}

impl Shared {
    /// Go's `resetspinning`: stop spinning; if we were the last spinner, start another so
    /// that more work can be picked up in parallel.
    fn reset_spinning(&self, local: &mut Local) {
        local.spinning = false;
        if self.nmspinning.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.wakep();
        }
    }

    fn execute(&self, arc: &Arc<Shared>, local: &mut Local, g: GRef) {
        let processor = &self.processors[local.index];
        g.set_status(Status::Running);
        processor.executing.store(true, Ordering::Release);
        processor.preempt.store(false, Ordering::Relaxed);
        let exit = {
            let mut cx = RunContext::new(self, local, g);
            // SAFETY: this worker owns `g`: it took it from a run queue (Status::Running).
            unsafe { g.task_mut() }.run(&mut cx)
        };
        processor.executing.store(false, Ordering::Release);
        match exit {
            Exit::Yield => {
                // Its slice ended here: whoever runs next, even from `runnext`, starts a
                // new one (a timer's sleeper readied meanwhile is not penalized for it).
                local.slice_start = Instant::now();
                g.set_status(Status::Runnable);
                self.global.push(g);
                self.wakep();
            }
            Exit::Park(park) => {
                g.set_status(Status::Waiting);
                self.commit(arc, local, g, park.into_commit());
            }
            exit => self.end_goroutine(local, g, exit),
        }
    }

    /// A goroutine's run ended for good (`Done`, `Goexit`, `Terminate`, `Fatal`).
    ///
    /// | exit | program | session |
    /// |---|---|---|
    /// | `Terminate(code)`, any goroutine | ends: `Exited(code)` | ends: `Foreground::Exit(code)` |
    /// | `Done` of the foreground (main) | ends: `Exited(0)` | `Foreground::Done` |
    /// | `Goexit` of the foreground | goes on | `Foreground::Done` |
    /// | `Fatal(text)` of the foreground | ends: `Fatal(text)` | `Foreground::Fatal(text)` |
    /// | `Fatal(text)` of another goroutine | ends: `Fatal(text)` | report `text`, go on |
    /// | `Done`/`Goexit` of another goroutine | goes on | goes on |
    fn end_goroutine(&self, local: &mut Local, g: GRef, exit: Exit) {
        let foreground = g.id() == self.foreground.load(Ordering::SeqCst);
        let session = self.mode == Mode::Session;
        match exit {
            Exit::Terminate(code) => self.finish(RunOutcome::Exited(code)),
            Exit::Done if foreground && !session => self.finish(RunOutcome::Exited(0)),
            Exit::Fatal(text) if !session => self.finish(RunOutcome::Fatal(text)),
            Exit::Done | Exit::Goexit | Exit::Fatal(_) if !foreground || !session => {
                local.free_goroutine(self, g);
                if let Exit::Fatal(text) = exit {
                    self.report_background(&text);
                }
            }
            Exit::Yield | Exit::Park(_) => unreachable!("minigo bug: not an end"),
            exit => {
                // The session's foreground goroutine: this worker runs it, so no deadlock
                // check can pass until it clears `foreground` (see `Shared::foreground`).
                self.foreground.store(0, Ordering::SeqCst);
                local.free_goroutine(self, g);
                self.end_foreground(match exit {
                    Exit::Fatal(text) => Foreground::Fatal(text),
                    _ => Foreground::Done,
                });
            }
        }
    }

    /// Runs a park commit. `g` is already marked waiting; from the first unlock on, it
    /// may be readied and run elsewhere, so nothing here reads it after that.
    fn commit(&self, arc: &Arc<Shared>, local: &mut Local, g: GRef, commit: Commit) {
        match commit {
            Commit::Forever => {}
            Commit::UnlockChannel(c) => {
                // SAFETY: the blocking operation locked `c` and queued `g` on it; the
                // channel is a live heap object (the parked goroutine references it).
                unsafe { (*c).lock.unlock() };
            }
            Commit::UnlockSelect => {
                // SAFETY: the select locked every channel on `g.waiting` (in address
                // order) and still holds them; see `select::unlock_parked`.
                unsafe { crate::select::unlock_parked(g) };
            }
            Commit::UnlockSema(bucket) => {
                // SAFETY: semacquire locked this bucket (owned by the scheduler, which
                // outlives every goroutine) and queued `g` in it.
                unsafe { (*bucket).lock.unlock() };
            }
            Commit::Sleep { when, generation } => self.add_sleep_timer(local, g, when, generation),
            Commit::External(job) => job(ExternalWaker::new(arc.clone(), g)),
        }
    }
}

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

use std::time::Instant;

use super::find::Next;
use super::{Foreground, Local, Machine, Mode, Readier, RunOutcome, Shared};
use crate::context::{RunContext, TIME_SLICE};
use crate::external::ExternalWaker;
use crate::goroutine::{Commit, GRef, Status};
use crate::primitives::Ordering;
use crate::task::Exit;

/// The scheduler loop of one thread, until the program ends.
pub(crate) fn run_machine(shared: &Shared, mut m: Machine) {
    // A world stop happens between two goroutines, and at most once per goroutine run:
    // `gc_wanted` may stay true (GC stress mode), and the world must still make progress.
    let mut may_stop_world = true;
    loop {
        if shared.shutdown.load(Ordering::SeqCst) {
            break;
        }
        if m.p.is_none() {
            if !shared.stopm(&mut m) {
                break;
            }
            continue;
        }
        if shared.stw.load(Ordering::SeqCst) {
            shared.stw_barrier(&mut m);
            continue;
        }
        if may_stop_world && shared.world_stop_wanted() {
            shared.stop_the_world(&mut m);
            may_stop_world = false;
            continue;
        }
        match shared.find_runnable(&mut m) {
            Next::Run(g, inherit) => {
                let local = m.local();
                if inherit && local.slice_start.elapsed() >= TIME_SLICE {
                    // The slice it would inherit is used up: goroutines readying each
                    // other through `runnext` must not keep the processor from the rest
                    // (Go's sysmon preempts the pair's current goroutine). It goes to the
                    // global queue, as a preempted goroutine does.
                    g.set_status(Status::Runnable);
                    shared.global.push(g);
                    shared.wakep();
                    continue;
                }
                if m.spinning {
                    shared.reset_spinning(&mut m);
                }
                let local = m.local();
                if !inherit {
                    local.schedtick = local.schedtick.wrapping_add(1);
                    local.slice_start = Instant::now();
                    let p = &shared.processors[local.index];
                    p.schedtick.store(local.schedtick, Ordering::Relaxed);
                    let since = local.slice_start.saturating_duration_since(shared.epoch).as_nanos() as i64;
                    p.slice_since.store(since, Ordering::Relaxed);
                }
                shared.execute(&mut m, g);
                may_stop_world = true;
            }
            Next::Check => {}
        }
    }
    if let Some(mut local) = m.p.take() {
        local.flush_free(shared);
        shared.processors[local.index].put_local(local);
    }
}

impl Shared {
    /// Go's `resetspinning`: stop spinning; if we were the last spinner, start another so
    /// that more work can be picked up in parallel.
    pub(crate) fn reset_spinning(&self, m: &mut Machine) {
        m.spinning = false;
        if self.nmspinning.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.wakep();
        }
    }

    fn execute(&self, m: &mut Machine, g: GRef) {
        let index = m.local().index;
        let processor = &self.processors[index];
        g.set_status(Status::Running);
        processor.executing.store(true, Ordering::Release);
        processor.preempt.store(false, Ordering::Relaxed);
        m.resume_next = false;
        let exit = {
            let mut cx = RunContext::new(self, m, g);
            // SAFETY: this thread owns `g`: it took it from a run queue (Status::Running).
            unsafe { g.task_mut() }.run(&mut cx)
        };
        // A system call may have moved this thread to another processor, or left it
        // without one.
        let Some(local) = m.p.as_deref_mut() else {
            match exit {
                Exit::Yield => self.requeue_after_syscall(g),
                _ => panic!("minigo bug: a goroutine without a processor did not yield"),
            }
            return;
        };
        self.processors[local.index].executing.store(false, Ordering::Release);
        match exit {
            Exit::Yield if self.take_interrupted(g.id()) => self.drop_interrupted(local, g),
            Exit::Yield => {
                // Its slice ended here: whoever runs next, even from `runnext`, starts a
                // new one (a timer's sleeper readied meanwhile is not penalized for it).
                local.slice_start = Instant::now();
                g.set_status(Status::Runnable);
                if std::mem::take(&mut m.resume_next) {
                    // It asked for a world stop: it goes on as soon as the world restarts.
                    local.runq_put(self, g, true);
                } else {
                    self.global.push(g);
                    self.wakep();
                }
            }
            Exit::Park(park) => {
                g.set_status(Status::Waiting);
                self.commit(local, g, park.into_commit());
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
                // An interrupt that gave up waiting for it may have cleared it first: it
                // then ends as a background goroutine.
                if !self.clear_foreground(g.id()) {
                    local.free_goroutine(self, g);
                    if let Exit::Fatal(text) = exit {
                        self.report_background(&text);
                    }
                    return;
                }
                local.free_goroutine(self, g);
                self.end_foreground(match exit {
                    Exit::Fatal(text) => Foreground::Fatal(text),
                    _ => Foreground::Done,
                });
            }
        }
    }

    /// Drops a goroutine an interrupt stopped, when it yields at a safepoint (a woken one
    /// first finishes the operation it blocked in, which may need to clean up, e.g. a
    /// select's other cases); if it was still the foreground goroutine, the input ends
    /// with [`Foreground::Interrupted`]. Its deferred calls do not run (no panic unwinds).
    fn drop_interrupted(&self, local: &mut Local, g: GRef) {
        let foreground = self.clear_foreground(g.id());
        local.free_goroutine(self, g);
        if foreground {
            self.end_foreground(Foreground::Interrupted);
        }
    }

    /// Runs a park commit. `g` is already marked waiting; from the commit on, it may be
    /// readied and run elsewhere, so nothing here reads it after that.
    fn commit(&self, local: &mut Local, g: GRef, commit: Commit) {
        match commit {
            Commit::Forever => {}
            // SAFETY: the blocking operation that returned this commit holds what `f`
            // releases (its contract with `Park`).
            Commit::Call { f, arg } => unsafe { f(&mut Readier::new(self, Some(local)), g, arg) },
            Commit::Sleep { when, generation } => self.add_sleep_timer(local.index, g, when, generation),
            Commit::External(job) => job(ExternalWaker::new(self.arc(), g)),
        }
    }
}

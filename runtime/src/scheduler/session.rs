//! A scheduler kept running between REPL inputs.
//!
//! [`Session::start`] starts the workers with no goroutine. Each [`Session::run`] queues
//! its task as the new *foreground* goroutine and blocks the calling (REPL) thread until
//! that goroutine ends; every other goroutine keeps running before, during and after.
//! The rules that differ from a program ([`super::run`]):
//! - the foreground goroutine's `Done` or `Goexit` ends the input ([`Foreground::Done`]);
//! - an unrecovered panic or fatal error ends the input if the foreground goroutine dies
//!   of it ([`Foreground::Fatal`]); any other goroutine's is reported (stderr, or
//!   [`Session::set_report`]) and only that goroutine ends;
//! - deadlock detection runs only while an input runs (between inputs the REPL may still
//!   wake anything); a deadlock ends the input ([`Foreground::Deadlock`]) and leaves its
//!   goroutines parked;
//! - `os.Exit` ([`crate::Exit::Terminate`]) from any goroutine, at any time, stops the
//!   scheduler: [`Session::run`] returns [`Foreground::Exit`] (at once if it happened
//!   between inputs), [`Session::exit_code`] and [`Session::wait_exit`] tell it too.

use std::sync::Arc;

use super::{Config, Mode, RunOutcome, Shared};
use crate::goroutine::Status;
use crate::heap::ExclusiveUse;
use crate::primitives::{AtomicBool, Mutex, Ordering};
use crate::task::{Hooks, Task};

/// How one input ([`Session::run`]) ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Foreground {
    /// The task returned (`Exit::Done` or `Exit::Goexit` of the foreground goroutine).
    Done,
    /// The foreground goroutine died of an unrecovered panic or fatal error: the text as
    /// the VM formatted it (the REPL prints it and continues).
    Fatal(String),
    /// No goroutine can run and the foreground goroutine is blocked: Go's report
    /// (`fatal error: all goroutines are asleep - deadlock!`, then every goroutine). The
    /// blocked goroutines stay parked; the session goes on.
    Deadlock(String),
    /// `os.Exit(code)` or `Exit::Terminate(code)` from any goroutine, during this input
    /// or before it: the scheduler has stopped, the REPL should exit with `code`.
    Exit(i32),
    /// [`Session::run_interruptible`] was interrupted: the foreground goroutine was
    /// dropped at a safepoint (or, blocked for longer than [`INTERRUPT_GRACE`], left to
    /// be dropped at its next one); the goroutines it started keep running.
    Interrupted,
}

/// How long an interrupt waits for the foreground goroutine to reach a safepoint before
/// it gives the input up as blocked (parked on a channel, asleep, in a system call).
pub const INTERRUPT_GRACE: std::time::Duration = std::time::Duration::from_millis(200);

/// A scheduler kept running between REPL inputs. `Send + Sync`: share it with a thread
/// that waits for [`Session::wait_exit`].
pub struct Session {
    shared: Arc<Shared>,
    /// One input at a time.
    input: Mutex<()>,
    /// The first input's goroutine is 1, as a program's main; later ones take fresh ids.
    first: AtomicBool,
    /// The process-wide heap belongs to this session until it is dropped (after its
    /// workers have stopped: fields drop after `Drop::drop`).
    _heap: ExclusiveUse,
}

impl Session {
    /// Claims the heap (waiting for any other program or session to end) and starts the
    /// worker threads (`config.gomaxprocs`) with no goroutine.
    pub fn start(config: Config) -> Session {
        let heap = crate::heap::exclusive_use();
        let shared = Shared::new(&config, Mode::Session);
        shared.start(None);
        Session { shared, input: Mutex::new(()), first: AtomicBool::new(true), _heap: heap }
    }

    /// Runs `task` as the foreground goroutine (the REPL input) and blocks the calling
    /// thread until it ends, deadlocks or the session exits. Other goroutines keep
    /// running before, during and after. Calls from several threads run one at a time.
    pub fn run(&self, task: Box<dyn Task>) -> Foreground {
        self.run_interruptible(task, &AtomicBool::new(false))
    }

    /// [`Session::run`], also watching `interrupt` (set it from a signal handler or
    /// another thread; this call resets it): once set, the foreground goroutine is marked
    /// interrupted, yields at its next safepoint and is dropped there, and the call
    /// returns [`Foreground::Interrupted`]. One that does not reach a safepoint within
    /// [`INTERRUPT_GRACE`] stops being the foreground goroutine at once (the call
    /// returns) and is dropped when it next yields.
    pub fn run_interruptible(&self, task: Box<dyn Task>, interrupt: &AtomicBool) -> Foreground {
        let _input = self.input.lock();
        let shared = &self.shared;
        if let Some(outcome) = shared.ending.lock().finished.clone() {
            return self.finished(outcome);
        }
        {
            // Not during a world stop: a goroutine added to `all` after the collector
            // traced it would not be a root.
            let mut sched = shared.sched.lock();
            while shared.stw.load(Ordering::SeqCst) && !shared.shutdown.load(Ordering::SeqCst) {
                shared.sched_changed.wait(&mut sched);
            }
            let id = if self.first.swap(false, Ordering::Relaxed) {
                1
            } else {
                shared.next_id.fetch_add(1, Ordering::Relaxed)
            };
            interrupt.store(false, Ordering::SeqCst);
            let g = shared.new_goroutine(id, task);
            g.set_status(Status::Runnable);
            // Under `sched`: a deadlock check sees the foreground and its queued goroutine
            // together, or neither.
            shared.foreground.store(id, Ordering::SeqCst);
            shared.global.push(g);
        }
        shared.wakep();
        let id = shared.foreground.load(Ordering::SeqCst);
        // Polled: a signal handler can only set a flag.
        const POLL: std::time::Duration = std::time::Duration::from_millis(20);
        let mut give_up: Option<std::time::Instant> = None;
        let mut ending = shared.ending.lock();
        loop {
            if let Some(outcome) = ending.finished.clone() {
                drop(ending);
                return self.finished(outcome);
            }
            if let Some(how) = ending.foreground.take() {
                return how;
            }
            if give_up.is_none() && interrupt.swap(false, Ordering::SeqCst) {
                self.interrupt_goroutine(id);
                give_up = Some(std::time::Instant::now() + INTERRUPT_GRACE);
            }
            if give_up.is_some_and(|t| std::time::Instant::now() >= t) {
                // Blocked: it is no longer the input (under `sched`, as deadlock
                // detection reads `foreground` there). If a worker ended it meanwhile,
                // its outcome is about to arrive instead.
                let cleared = {
                    let _sched = shared.sched.lock();
                    shared.clear_foreground(id)
                };
                if cleared {
                    return Foreground::Interrupted;
                }
                give_up = None;
            }
            shared.ending_changed.wait_for(&mut ending, POLL);
        }
    }

    /// Marks goroutine `id` interrupted and asks every processor to reach a safepoint.
    fn interrupt_goroutine(&self, id: u64) {
        let shared = &self.shared;
        {
            let mut list = shared.interrupted.lock();
            list.push(id);
            shared.any_interrupted.store(true, Ordering::SeqCst);
        }
        for p in shared.processors.iter() {
            p.preempt.store(true, Ordering::Relaxed);
        }
    }

    /// Replaces the VM's hooks (timer values, `AfterFunc`, global roots): the VM passes
    /// the latest program's after each input, whose globals may have grown. Timers that
    /// fire and collections that start afterwards use the new hooks.
    pub fn set_hooks(&self, hooks: Arc<dyn Hooks>) {
        *self.shared.hooks.write() = hooks;
    }

    /// Where a background goroutine's fatal report goes (default: written to stderr).
    /// Called on a worker thread, one report at a time.
    pub fn set_report(&self, report: impl FnMut(&str) + Send + 'static) {
        *self.shared.report.lock() = Some(Box::new(report));
    }

    /// The exit status, once a goroutine called `os.Exit` (or the session stopped on a
    /// minigo bug: 2); `None` while the session runs.
    pub fn exit_code(&self) -> Option<i32> {
        self.shared.ending.lock().finished.as_ref().map(RunOutcome::exit_code)
    }

    /// Blocks until a goroutine calls `os.Exit` (at any time, e.g. while the REPL waits
    /// for input) and returns its status.
    pub fn wait_exit(&self) -> i32 {
        let mut ending = self.shared.ending.lock();
        loop {
            if let Some(outcome) = &ending.finished {
                return outcome.exit_code();
            }
            self.shared.ending_changed.wait(&mut ending);
        }
    }

    /// `runtime.NumGoroutine()` as seen between inputs.
    pub fn num_goroutine(&self) -> usize {
        self.shared.ngoroutines.load(Ordering::Relaxed)
    }

    /// The answer of [`Session::run`] once the scheduler has stopped.
    fn finished(&self, outcome: RunOutcome) -> Foreground {
        match outcome {
            RunOutcome::Exited(code) => Foreground::Exit(code),
            // Only a worker's Rust panic stops a session otherwise: re-raise it.
            RunOutcome::Fatal(text) | RunOutcome::Deadlock(text) => {
                if let Some(payload) = self.shared.join_workers() {
                    std::panic::resume_unwind(payload);
                }
                Foreground::Fatal(text)
            }
        }
    }
}

impl Drop for Session {
    /// Stops every worker (goroutines still alive are dropped, as when a program ends)
    /// and releases the heap.
    fn drop(&mut self) {
        self.shared.finish(RunOutcome::Exited(0));
        if let Some(payload) = self.shared.join_workers() {
            if !std::thread::panicking() {
                std::panic::resume_unwind(payload);
            }
        }
    }
}

//! The work-stealing scheduler (Go's `proc.go`): processors, worker threads, run queues,
//! the idle protocol, system calls, sysmon, world stops and deadlock detection.
//!
//! # G, M and P
//! Go's G, M and P are the `Goroutine` (`goroutine.rs`), the worker thread (`Machine`,
//! `machine.rs`) and the `Processor` (`processor.rs`). A thread runs goroutines only while
//! it holds a processor's owned half (`Local`: the run queue, the allocation cache); there
//! are `GOMAXPROCS` processors and as many threads as needed:
//!
//! ```text
//!             global run queue (Injector)           poller (mio)      sysmon thread
//!                      │                              ▲  │ readied G      │ retakes P in
//!      ┌───────────────┼──────────────┐       blocking│  ▼                │ long syscalls,
//!      ▼               ▼              ▼       poll by an M without P     │ preempts long
//!  P0 [runnext|runq] P1 [...]     P2 (idle list)                          │ slices, polls
//!      │               │                                                  ▼
//!      M0 runs G     M1 in a system call: P1 in SYSCALL ── after 20 µs ─► P1 handed to M2
//!                                   (M1 on return takes a P back, or queues G globally)
//! ```
//!
//! - A thread that finds no work releases its processor to the idle list and either
//!   blocks in the poller (one thread at a time, until the earliest timer) or sleeps on
//!   its own note until someone hands it a processor (`machine.rs`, `find.rs`).
//! - `wakep` (`idle.rs`) hands an idle processor to an idle thread (or a new one) when
//!   work appears and nobody is looking for it (Go's spinning protocol).
//! - A native that may block in the kernel calls `RunContext::syscall`: the processor
//!   waits in `SYSCALL` state; if the call lasts, sysmon hands it to another thread
//!   (`syscall.rs`, `sysmon.rs`).
//!
//! # Run queues
//! Each processor has a FIFO `crossbeam_deque::Worker` of at most 256 goroutines (more go
//! to the global queue), a `runnext` slot any thief may take, and there is one global
//! `Injector`. A readied or spawned goroutine goes into the
//! current processor's `runnext` (the previous occupant moves to the local queue) and
//! inherits the time slice while it lasts; a preempted or yielding one goes to the global
//! queue. The order of `find.rs` is Go's `findRunnable`.
//!
//! # Spinning and idling (proc.go's "Worker thread parking/unparking")
//! A thread with a processor and no work first *spins* (steals), at most `GOMAXPROCS/2`
//! at a time (`nmspinning`). The protocol that guarantees no runnable goroutine is left
//! while a processor idles:
//! 1. A submitter (ready, spawn, yield, timer, poller) publishes the goroutine, then
//!    issues a SeqCst fence, then reads `nmspinning`; if zero and a processor is idle, it
//!    starts a thread on it as a spinner (`idle.rs`, `wakep`).
//! 2. A spinner that finds nothing releases its processor, decrements `nmspinning`
//!    (SeqCst), fences, and then re-checks every processor's queues. If it finds work it
//!    takes an idle processor back and spins again.
//! 3. A spinner that finds work stops spinning and, if it was the last spinner, wakes
//!    another (`reset_spinning`), so a burst of work is spread.
//!
//! # Stop the world
//! Garbage collection and `GOMAXPROCS` changes take every processor (`stw.rs`); threads
//! in system calls do not delay it.
//!
//! # Deadlock
//! The thread that makes every processor idle checks for a deadlock (`deadlock.rs`).
//!
//! # Programs and sessions
//! [`run`] runs one program: its main goroutine (id 1) is the *foreground* goroutine,
//! and the program ends when main returns, any goroutine exits or dies, or it deadlocks.
//! A [`Session`] (`session.rs`, the REPL) keeps the same scheduler between inputs: each
//! input is a new foreground goroutine, and only its end, a deadlock while it runs, or an
//! exit ends [`Session::run`]. How a goroutine's end affects the scheduler in either mode
//! is `Shared::end_goroutine` (`worker.rs`).

pub(crate) mod deadlock;
pub(crate) mod find;
pub(crate) mod idle;
pub(crate) mod machine;
pub(crate) mod processor;
pub(crate) mod readier;
mod session;
pub(crate) mod stw;
pub(crate) mod syscall;
pub(crate) mod timers;
pub(crate) mod sysmon;
pub(crate) mod worker;

use std::sync::Arc;
use std::time::Instant;

use crossbeam_deque::Injector;
use crossbeam_utils::CachePadded;

use crate::goroutine::{AllGoroutines, GRef};
use crate::heap::Marker;
use crate::netpoll::Poller;
use crate::primitives::{AtomicBool, AtomicU64, AtomicUsize, Condvar, Mutex, Ordering, RwLock};
use crate::task::{Hooks, NoHooks, Task};
pub(crate) use machine::Machine;
pub(crate) use processor::{Local, Processor};
pub(crate) use readier::Readier;
pub use session::{Foreground, Session};

/// The most processors a program can have (`runtime.GOMAXPROCS` clamps to it).
pub const MAX_PROCS: usize = 256;

/// How a program is run.
pub struct Config {
    /// Number of processors; clamped to `1..=MAX_PROCS`.
    pub gomaxprocs: usize,
    /// The VM's hooks (timer values, `AfterFunc`, global roots).
    pub hooks: Arc<dyn Hooks>,
    /// Id of the first goroutine after main (main is 1). Go 1.23 gives 2–4 to its own
    /// system goroutines, so a program importing only `sync` sees its first `go` as 5.
    pub first_goroutine_id: u64,
}

impl Config {
    /// `GOMAXPROCS` from the environment, else the number of CPUs.
    pub fn from_env() -> Config {
        let n = std::env::var("GOMAXPROCS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        Config::with_procs(n)
    }

    /// `n` processors, no VM hooks.
    pub fn with_procs(n: usize) -> Config {
        Config { gomaxprocs: n.clamp(1, MAX_PROCS), hooks: Arc::new(NoHooks), first_goroutine_id: 5 }
    }
}

/// How a program ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunOutcome {
    /// `main` returned (0) or `os.Exit(code)`.
    Exited(i32),
    /// An unrecovered panic or fatal error; the text as the VM formatted it.
    Fatal(String),
    /// Every goroutine was asleep: the complete report (`fatal error: all goroutines are
    /// asleep - deadlock!`, a blank line, one block per goroutine).
    Deadlock(String),
}

impl RunOutcome {
    /// The process exit status Go would use.
    pub fn exit_code(&self) -> i32 {
        match self {
            RunOutcome::Exited(code) => *code,
            RunOutcome::Fatal(_) | RunOutcome::Deadlock(_) => 2,
        }
    }

    /// Prints the report (if any) to stderr and exits the process.
    pub fn exit_process(self) -> ! {
        use std::io::Write;
        if let RunOutcome::Fatal(text) | RunOutcome::Deadlock(text) = &self {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes());
            // Go's reports (tracebacks) end with a newline.
            if !text.is_empty() && !text.ends_with('\n') {
                let _ = err.write_all(b"\n");
            }
            let _ = err.flush();
        }
        std::process::exit(self.exit_code())
    }
}

/// Runs `main` as goroutine 1 until the program ends; returns how it ended, after every
/// worker thread has stopped. Goroutines still alive are dropped (Go kills them).
pub fn run(config: Config, main: Box<dyn Task>) -> RunOutcome {
    // One program at a time uses the process-wide heap (tests run programs in parallel
    // threads).
    let _heap = crate::heap::exclusive_use();
    let shared = Shared::new(&config, Mode::Program);
    shared.start(Some(main));
    let outcome = {
        let mut ending = shared.ending.lock();
        loop {
            if let Some(outcome) = &ending.finished {
                break outcome.clone();
            }
            shared.ending_changed.wait(&mut ending);
        }
    };
    if let Some(payload) = shared.join_workers() {
        // A worker panicked: a minigo bug, not a Go panic. Surface it to the caller.
        std::panic::resume_unwind(payload);
    }
    outcome
}

/// Whether the scheduler runs one program or a REPL session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// [`run`]: the end of main, any exit, any fatal error or a deadlock ends everything.
    Program,
    /// [`Session`]: only an exit ends everything; the foreground goroutine's end, its
    /// deadlock or its fatal error ends the current [`Session::run`].
    Session,
}

/// How things ended, guarded by `Shared::ending` and signalled by `ending_changed`.
#[derive(Default)]
pub(crate) struct Ending {
    /// The scheduler stopped: the program's outcome (a session stops only on an exit, or
    /// on a worker's Rust panic, reported as `Fatal`).
    pub finished: Option<RunOutcome>,
    /// Session: how the current foreground goroutine ended, for [`Session::run`] to take.
    pub foreground: Option<Foreground>,
}

/// Where a session's background fatal errors go (default: stderr).
pub(crate) type ReportSink = Box<dyn FnMut(&str) + Send>;

/// State shared by every thread of one program.
pub(crate) struct Shared {
    /// This scheduler's own `Arc` (for threads it starts).
    me: std::sync::Weak<Shared>,
    pub mode: Mode,
    /// The VM's hooks; a session replaces them after each input ([`Shared::hooks`]).
    hooks: RwLock<Arc<dyn Hooks>>,
    /// One cache line (or more) each: every thread writes its own processor's fields.
    pub processors: Box<[CachePadded<Processor>]>,
    pub global: Injector<GRef>,
    /// Idle processors and threads, the world stop: see [`idle::SchedState`]. Lock order:
    /// `sched` before a timer heap before a channel.
    pub sched: Mutex<idle::SchedState>,
    /// Signalled when the world-stop state or the processor count changes.
    pub sched_changed: Condvar,
    /// Number of active processors (Go's `gomaxprocs`). Changed only with the world stopped.
    pub gomaxprocs: AtomicUsize,
    pub nmspinning: AtomicUsize,
    pub npidle: AtomicUsize,
    /// Go's `sched.needspinning`: a wakep found no idle processor.
    pub needspinning: AtomicBool,
    /// A stop-the-world is in progress or requested; checked at every safepoint.
    pub stw: AtomicBool,
    /// `runtime.GC()` asked for a collection.
    pub gc_request: AtomicBool,
    /// Collections run (for `runtime.NumGC`-like observation and tests).
    pub gc_count: AtomicU64,
    /// Requested processor count (0: none pending).
    pub procs_request: AtomicUsize,
    pub ngoroutines: AtomicUsize,
    /// Goroutines waiting for something outside the runtime (an external job): while
    /// non-zero there is no deadlock.
    pub external_waits: AtomicUsize,
    /// Threads inside a blocking system call (each holds a goroutine that will run
    /// again): while non-zero there is no deadlock.
    pub nsyscall: AtomicUsize,
    pub next_id: AtomicU64,
    /// Every goroutine struct ever made (Go's `allgs`), in creation order.
    pub all: Mutex<AllGoroutines>,
    /// Free goroutine structs beyond the per-processor caches.
    pub free: Mutex<Vec<GRef>>,
    /// The network poller; an idle thread blocks in it until the next timer.
    pub poller: Poller,
    pub epoch: Instant,
    pub shutdown: AtomicBool,
    /// Id of the foreground goroutine, whose end ends [`run`] or [`Session::run`]: 1 (main)
    /// for a program; the current input's goroutine in a session, 0 between inputs. Set
    /// and cleared under `sched` (deadlock detection reads it there), or by the thread
    /// that runs the foreground goroutine to its end (no deadlock check can pass while a
    /// thread runs).
    pub foreground: AtomicU64,
    pub ending: Mutex<Ending>,
    pub ending_changed: Condvar,
    /// Session: goroutines an interrupt stopped ([`Session::run_interruptible`]). Their
    /// safepoints say yield, and a worker drops them when they do; `any_interrupted`
    /// keeps the check to one relaxed load.
    pub interrupted: Mutex<Vec<u64>>,
    pub any_interrupted: AtomicBool,
    /// Session: receives the report of a background goroutine's fatal error.
    pub report: Mutex<Option<ReportSink>>,
    /// Every worker thread ever started, and sysmon's.
    pub threads: Mutex<Vec<machine::ThreadHandle>>,
    pub sysmon: sysmon::SysmonNote,
}

impl Shared {
    pub(crate) fn new(config: &Config, mode: Mode) -> Arc<Shared> {
        Arc::new_cyclic(|me| Shared::with_self(config, mode, me.clone()))
    }

    fn with_self(config: &Config, mode: Mode, me: std::sync::Weak<Shared>) -> Shared {
        let procs = config.gomaxprocs.clamp(1, MAX_PROCS);
        Shared {
            me,
            mode,
            hooks: RwLock::new(config.hooks.clone()),
            processors: (0..MAX_PROCS).map(|_| CachePadded::new(Processor::new())).collect(),
            global: Injector::new(),
            sched: Mutex::new(idle::SchedState::new(MAX_PROCS)),
            sched_changed: Condvar::new(),
            gomaxprocs: AtomicUsize::new(procs),
            nmspinning: AtomicUsize::new(0),
            npidle: AtomicUsize::new(0),
            needspinning: AtomicBool::new(false),
            stw: AtomicBool::new(false),
            gc_request: AtomicBool::new(false),
            gc_count: AtomicU64::new(0),
            procs_request: AtomicUsize::new(0),
            ngoroutines: AtomicUsize::new(0),
            external_waits: AtomicUsize::new(0),
            nsyscall: AtomicUsize::new(0),
            next_id: AtomicU64::new(config.first_goroutine_id.max(2)),
            all: Mutex::new(AllGoroutines::new()),
            free: Mutex::new(Vec::new()),
            poller: Poller::new(),
            epoch: Instant::now(),
            shutdown: AtomicBool::new(false),
            foreground: AtomicU64::new(if mode == Mode::Program { 1 } else { 0 }),
            ending: Mutex::new(Ending::default()),
            ending_changed: Condvar::new(),
            interrupted: Mutex::new(Vec::new()),
            any_interrupted: AtomicBool::new(false),
            report: Mutex::new(None),
            threads: Mutex::new(Vec::new()),
            sysmon: sysmon::SysmonNote::new(),
        }
    }

    /// Queues the main goroutine (if any: a session starts without one), starts one
    /// thread on processor 0 (more start as work appears) and sysmon.
    fn start(self: &Arc<Self>, main: Option<Box<dyn Task>>) {
        if let Some(main) = main {
            let g = self.new_goroutine(1, main);
            g.set_status(crate::goroutine::Status::Runnable);
            self.global.push(g);
        }
        let n = self.procs();
        let first = self.processors[0].take_local(0);
        self.processors[0].status.store(processor::RUNNING, Ordering::SeqCst);
        {
            let mut sched = self.sched.lock();
            for i in (1..n).rev() {
                let local = self.processors[i].take_local(i);
                self.pidleput(&mut sched, local);
            }
        }
        self.spawn_machine(first, false);
        self.start_sysmon();
    }

    /// Joins every thread (after `finish`), except those blocked in a system call: they
    /// may never return (a read of a silent terminal), and the process is ending anyway.
    /// Returns the panic of a thread that panicked: a minigo bug, not a Go panic, for the
    /// caller to re-raise.
    fn join_workers(&self) -> Option<Box<dyn std::any::Any + Send>> {
        let mut bug = None;
        loop {
            let threads = std::mem::take(&mut *self.threads.lock());
            if threads.is_empty() {
                return bug;
            }
            for t in threads {
                if let Err(payload) = t.join() {
                    bug.get_or_insert(payload);
                }
            }
        }
    }

    /// This scheduler's `Arc`.
    pub(crate) fn arc(&self) -> Arc<Shared> {
        self.me.upgrade().expect("minigo bug: scheduler used after it was dropped")
    }

    /// The current hooks (a session may replace them at any time).
    pub(crate) fn hooks(&self) -> Arc<dyn Hooks> {
        self.hooks.read().clone()
    }

    /// Monotonic nanoseconds since the program started (never 0 after start).
    pub(crate) fn now(&self) -> i64 {
        self.nanos_at(Instant::now())
    }

    /// [`Shared::now`] of an instant already read.
    pub(crate) fn nanos_at(&self, at: Instant) -> i64 {
        at.saturating_duration_since(self.epoch).as_nanos() as i64 + 1
    }

    pub(crate) fn procs(&self) -> usize {
        self.gomaxprocs.load(Ordering::Acquire)
    }

    /// A goroutine struct with `task` installed, from the global free list or new.
    pub(crate) fn new_goroutine(&self, id: u64, task: Box<dyn Task>) -> GRef {
        let g = self.free.lock().pop().unwrap_or_else(|| self.all.lock().allocate());
        g.start(id, task);
        self.ngoroutines.fetch_add(1, Ordering::Relaxed);
        g
    }

    /// Ends the program (or the session) with `outcome` (the first caller wins) and stops
    /// every thread.
    pub(crate) fn finish(&self, outcome: RunOutcome) {
        {
            let mut ending = self.ending.lock();
            if ending.finished.is_some() {
                return;
            }
            ending.finished = Some(outcome);
        }
        self.shutdown.store(true, Ordering::SeqCst);
        {
            let mut sched = self.sched.lock();
            self.sched_changed.notify_all();
            for m in sched.take_idle_machines() {
                m.wake(None, false);
            }
        }
        self.poller.wake();
        self.sysmon.wake();
        self.ending_changed.notify_all();
    }

    /// Session: the foreground goroutine ended (or deadlocked) with `how`; wakes
    /// [`Session::run`]. The caller has cleared `foreground`.
    pub(crate) fn end_foreground(&self, how: Foreground) {
        self.ending.lock().foreground = Some(how);
        self.ending_changed.notify_all();
    }

    /// Session: `id` stops being the foreground goroutine, if it still is (whoever clears
    /// it reports the input's end; the other side then treats `id` as a background one).
    pub(crate) fn clear_foreground(&self, id: u64) -> bool {
        self.foreground.compare_exchange(id, 0, Ordering::SeqCst, Ordering::SeqCst).is_ok()
    }

    /// Session: whether goroutine `id` is among the interrupted ones.
    pub(crate) fn is_interrupted(&self, id: u64) -> bool {
        self.any_interrupted.load(Ordering::Relaxed) && self.interrupted.lock().contains(&id)
    }

    /// Session: whether goroutine `id` was interrupted; if so it is forgotten, as the
    /// caller drops it now.
    pub(crate) fn take_interrupted(&self, id: u64) -> bool {
        if !self.any_interrupted.load(Ordering::Relaxed) {
            return false;
        }
        let mut list = self.interrupted.lock();
        let Some(i) = list.iter().position(|&x| x == id) else { return false };
        list.swap_remove(i);
        self.any_interrupted.store(!list.is_empty(), Ordering::Relaxed);
        true
    }

    /// Session: a background goroutine died of `text` (an unrecovered panic or a fatal
    /// error): report it and go on.
    pub(crate) fn report_background(&self, text: &str) {
        let mut sink = self.report.lock();
        match sink.as_mut() {
            Some(sink) => sink(text),
            None => {
                use std::io::Write;
                let mut err = std::io::stderr().lock();
                let _ = err.write_all(text.as_bytes());
                let _ = err.flush();
            }
        }
    }

    /// Marks every root the runtime knows: goroutines, their wait buffers, timers, VM
    /// globals. Called with the world stopped.
    pub(crate) fn trace_roots(&self, marker: &mut Marker) {
        for g in self.all.lock().iter() {
            // SAFETY: the world is stopped: no thread runs a goroutine, except threads
            // blocked in a system call, which touch no goroutine state until the world
            // restarts (`syscall.rs`).
            if let Some(task) = unsafe { g.task_ref() } {
                task.trace(marker);
                // Received values waiting for their goroutine: element shapes are not
                // known here, so every word is offered (non-pointers are ignored).
                // SAFETY: the world is stopped; nobody mutates the sudog.
                marker.mark_all(unsafe { &g.sudog.state().elem });
            }
        }
        for p in self.processors.iter() {
            p.timers.lock().trace(marker);
        }
        self.hooks().trace_roots(marker);
    }
}

impl Drop for Shared {
    fn drop(&mut self) {
        // Every thread has been joined (or never started, or holds this `Shared` alive
        // while blocked in a system call): no goroutine is referenced by a running thread,
        // and no channel operation or timer of this program can use one again.
        // `AllGoroutines` frees them.
        drop(std::mem::take(&mut *self.all.get_mut()));
    }
}

/// Ends the program if a thread unwinds (a minigo bug), so the other threads and the
/// caller of [`run`] do not wait for it for ever; `run` then re-raises the panic.
pub(crate) struct BugGuard<'a>(pub &'a Arc<Shared>);

impl Drop for BugGuard<'_> {
    fn drop(&mut self) {
        self.0.finish(RunOutcome::Fatal("fatal error: minigo bug: a worker thread panicked\n".into()));
    }
}

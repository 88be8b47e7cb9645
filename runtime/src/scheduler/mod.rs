//! The work-stealing scheduler (Go's `proc.go`, with Tokio's worker/park split).
//!
//! # Names
//! Go's G, M and P are `Goroutine` (`goroutine.rs`), a worker thread, and a
//! `Processor`. Unlike Go, a worker and its processor are bound one to one (Tokio's
//! model): Go separates them so a thread blocked in a system call can hand its P to
//! another thread; minigo runs blocking natives on a separate pool instead, so the
//! separation buys nothing. "Idle processor" and "idle worker" are therefore the same.
//!
//! # Run queues
//! Each processor has a FIFO `crossbeam_deque::Worker` owned by its thread, a `runnext`
//! slot any thief may take, and there is one global `Injector`. A readied or spawned
//! goroutine goes into the current processor's `runnext` (the previous occupant moves to
//! the local queue) and inherits the time slice; a preempted or yielding one goes to the
//! global queue. The order of `find.rs` is Go's `findRunnable`.
//!
//! # Spinning and idling (proc.go's "Worker thread parking/unparking")
//! A worker with no work first *spins* (steals), at most `GOMAXPROCS/2` at a time
//! (`nmspinning`). The protocol that guarantees no runnable goroutine is left while a
//! worker sleeps:
//! 1. A submitter (ready, spawn, yield, timer) publishes the goroutine, then issues a
//!    SeqCst fence, then reads `nmspinning`; if zero and a worker is idle, it wakes one as
//!    a spinner (`idle.rs`, `wakep`).
//! 2. A spinner that finds nothing joins the idle list, decrements `nmspinning` (SeqCst),
//!    fences, and then re-checks every processor's queues. If it finds work it leaves the
//!    idle list and spins again.
//! 3. A spinner that finds work stops spinning and, if it was the last spinner, wakes
//!    another (`reset_spinning`), so a burst of work is spread.
//!
//! Steps 1 and 2 are the two sides of a store-load handshake: either the submitter sees
//! the spinner or the spinner sees the work.
//!
//! # Parking, the poller and timers
//! Idle workers park (`park.rs`): exactly one of them, whoever takes the driver lock
//! first, blocks in `mio::Poll::poll` with a timeout equal to the earliest timer of any
//! processor; the others wait on their own condition variable. Whoever adds an earlier
//! timer than the poller's deadline wakes it through the `mio::Waker`.
//!
//! # Stop the world
//! Garbage collection and `GOMAXPROCS` changes stop every worker at a safepoint
//! (`stw.rs`).
//!
//! # Deadlock
//! The last worker to go idle checks for a deadlock (`deadlock.rs`).
//!
//! # Programs and sessions
//! [`run`] runs one program: its main goroutine (id 1) is the *foreground* goroutine,
//! and the program ends when main returns, any goroutine exits or dies, or it deadlocks.
//! A [`Session`] (`session.rs`, the REPL) keeps the same workers between inputs: each
//! input is a new foreground goroutine, and only its end, a deadlock while it runs, or an
//! exit ends [`Session::run`]. How a goroutine's end affects the scheduler in either mode
//! is `Shared::end_goroutine` (`worker.rs`).

pub(crate) mod deadlock;
pub(crate) mod find;
pub(crate) mod idle;
pub(crate) mod park;
pub(crate) mod processor;
mod session;
pub(crate) mod stw;
pub(crate) mod worker;

use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Instant;

use crossbeam_deque::Injector;
use crossbeam_utils::CachePadded;

use crate::goroutine::GRef;
use crate::heap::Marker;
use crate::primitives::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Condvar, Mutex, Ordering, RwLock};
use crate::sema::SemaTable;
use crate::task::{Hooks, NoHooks, Task};
pub(crate) use processor::{Local, Processor};
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
    let shared = Arc::new(Shared::new(&config, Mode::Program));
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

/// State shared by every worker of one program.
pub(crate) struct Shared {
    pub mode: Mode,
    /// The VM's hooks; a session replaces them after each input ([`Shared::hooks`]).
    hooks: RwLock<Arc<dyn Hooks>>,
    /// One cache line (or more) each: every worker writes its own processor's fields.
    pub processors: Box<[CachePadded<Processor>]>,
    pub global: Injector<GRef>,
    /// Idle list, barrier counts: see [`idle::SchedState`]. Lock order: `sched` before a
    /// timer heap before a channel.
    pub sched: Mutex<idle::SchedState>,
    /// Signalled when the world-stop state or the processor count changes.
    pub sched_changed: Condvar,
    /// Number of active processors (Go's `gomaxprocs`). Changed only with the world stopped.
    pub gomaxprocs: AtomicUsize,
    pub nmspinning: AtomicUsize,
    pub npidle: AtomicUsize,
    /// Go's `sched.needspinning`: a wakep found no idle worker.
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
    /// Goroutines waiting for something outside the runtime (blocking pool, I/O): while
    /// non-zero there is no deadlock.
    pub external_waits: AtomicUsize,
    pub next_id: AtomicU64,
    /// Every goroutine struct ever made (Go's `allgs`), in creation order.
    pub all: Mutex<Vec<GRef>>,
    /// Free goroutine structs beyond the per-processor caches.
    pub free: Mutex<Vec<GRef>>,
    pub poll: Mutex<mio::Poll>,
    pub waker: mio::Waker,
    /// Deadline of the worker blocked in `poll` (0: none polling).
    pub poll_until: AtomicI64,
    pub epoch: Instant,
    pub semas: SemaTable,
    pub shutdown: AtomicBool,
    /// Id of the foreground goroutine, whose end ends [`run`] or [`Session::run`]: 1 (main)
    /// for a program; the current input's goroutine in a session, 0 between inputs. Set
    /// and cleared under `sched` (deadlock detection reads it there), or by the worker
    /// that runs the foreground goroutine to its end (no deadlock check can pass while a
    /// worker runs).
    pub foreground: AtomicU64,
    pub ending: Mutex<Ending>,
    pub ending_changed: Condvar,
    /// Session: receives the report of a background goroutine's fatal error.
    pub report: Mutex<Option<ReportSink>>,
    pub threads: Mutex<Vec<JoinHandle<()>>>,
}

impl Shared {
    pub(crate) fn new(config: &Config, mode: Mode) -> Shared {
        let poll = mio::Poll::new().expect("minigo: cannot create the poller");
        let waker = mio::Waker::new(poll.registry(), mio::Token(0)).expect("minigo: cannot create the waker");
        let procs = config.gomaxprocs.clamp(1, MAX_PROCS);
        Shared {
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
            next_id: AtomicU64::new(config.first_goroutine_id.max(2)),
            all: Mutex::new(Vec::new()),
            free: Mutex::new(Vec::new()),
            poll: Mutex::new(poll),
            waker,
            poll_until: AtomicI64::new(0),
            epoch: Instant::now(),
            semas: SemaTable::new(),
            shutdown: AtomicBool::new(false),
            foreground: AtomicU64::new(if mode == Mode::Program { 1 } else { 0 }),
            ending: Mutex::new(Ending::default()),
            ending_changed: Condvar::new(),
            report: Mutex::new(None),
            threads: Mutex::new(Vec::new()),
        }
    }

    /// Queues the main goroutine (if any: a session starts without one) and starts one
    /// worker per processor.
    fn start(self: &Arc<Self>, main: Option<Box<dyn Task>>) {
        if let Some(main) = main {
            let g = self.new_goroutine(1, main);
            g.set_status(crate::goroutine::Status::Runnable);
            self.global.push(g);
        }
        let n = self.gomaxprocs.load(Ordering::Relaxed);
        self.sched.lock().running = n;
        for i in 0..n {
            self.spawn_worker(i);
        }
    }

    /// Joins every worker thread (after `finish`). Returns the panic of a worker that
    /// panicked: a minigo bug, not a Go panic, for the caller to re-raise.
    fn join_workers(&self) -> Option<Box<dyn std::any::Any + Send>> {
        let threads = std::mem::take(&mut *self.threads.lock());
        let mut bug = None;
        for t in threads {
            if let Err(payload) = t.join() {
                bug.get_or_insert(payload);
            }
        }
        bug
    }

    /// The current hooks (a session may replace them at any time).
    pub(crate) fn hooks(&self) -> Arc<dyn Hooks> {
        self.hooks.read().clone()
    }

    pub(crate) fn spawn_worker(self: &Arc<Self>, index: usize) {
        let shared = self.clone();
        let handle = std::thread::Builder::new()
            .name(format!("minigo-worker-{index}"))
            .spawn(move || {
                let guard = BugGuard(&shared);
                worker::run_worker(shared.clone(), index);
                std::mem::forget(guard);
            })
            .expect("minigo: cannot start a worker thread");
        self.processors[index].started.store(true, Ordering::Release);
        self.threads.lock().push(handle);
    }

    /// Monotonic nanoseconds since the program started (never 0 after start).
    pub(crate) fn now(&self) -> i64 {
        self.epoch.elapsed().as_nanos() as i64 + 1
    }

    pub(crate) fn procs(&self) -> usize {
        self.gomaxprocs.load(Ordering::Acquire)
    }

    /// A goroutine struct with `task` installed, from the global free list or new.
    pub(crate) fn new_goroutine(&self, id: u64, task: Box<dyn Task>) -> GRef {
        let g = self.free.lock().pop().unwrap_or_else(|| {
            let g = GRef::allocate();
            self.all.lock().push(g);
            g
        });
        g.start(id, task);
        self.ngoroutines.fetch_add(1, Ordering::Relaxed);
        g
    }

    /// Ends the program (or the session) with `outcome` (the first caller wins) and stops
    /// every worker.
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
            let _sched = self.sched.lock();
            self.sched_changed.notify_all();
        }
        for p in self.processors.iter() {
            p.parker.unpark(self);
        }
        let _ = self.waker.wake();
        self.ending_changed.notify_all();
    }

    /// Session: the foreground goroutine ended (or deadlocked) with `how`; wakes
    /// [`Session::run`]. The caller has cleared `foreground`.
    pub(crate) fn end_foreground(&self, how: Foreground) {
        self.ending.lock().foreground = Some(how);
        self.ending_changed.notify_all();
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
        for &g in self.all.lock().iter() {
            // SAFETY: the world is stopped: no worker runs any goroutine.
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
        // Every worker has been joined (or never started): no goroutine is referenced
        // by a running thread any more.
        for g in self.all.get_mut().drain(..) {
            // SAFETY: `Shared` is being dropped, so no worker, channel operation or timer
            // of this program can use the goroutine again.
            unsafe {
                g.finish();
                g.free();
            }
        }
    }
}

/// Ends the program if a worker unwinds (a minigo bug), so the other workers and the
/// caller of [`run`] do not wait for it for ever; `run` then re-raises the panic.
struct BugGuard<'a>(&'a Arc<Shared>);

impl Drop for BugGuard<'_> {
    fn drop(&mut self) {
        self.0.finish(RunOutcome::Fatal("fatal error: minigo bug: a worker thread panicked\n".into()));
    }
}

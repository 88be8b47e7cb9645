//! The goroutine runtime: scheduler, channels, select, timers, semaphores and `sync`
//! primitives, deadlock detection, and the GC heap ([`heap`]).
//!
//! The runtime schedules goroutines and moves 8-byte words; it never names an opcode or
//! a Go type. The VM builds on it as follows.
//!
//! # The boundary with the VM
//! 1. **Goroutines.** The VM implements [`Task`] for its goroutine state (frames,
//!    registers, pc). [`run`] starts the program with the main goroutine (id 1) and returns
//!    a [`RunOutcome`]; the `minigo` binary calls [`RunOutcome::exit_process`]. A REPL
//!    uses a [`Session`] instead (see "REPL sessions" below).
//! 2. **Running.** A worker calls [`Task::run`] with a [`RunContext`]: the goroutine id,
//!    its wait buffer, the processor's [`heap::AllocCache`], `spawn` (the `go`
//!    statement), `safepoint`, the clock, `NumGoroutine`, `GOMAXPROCS`.
//! 3. **Preemption.** The VM charges an instruction budget at back-edges and calls; at
//!    zero it calls [`RunContext::safepoint`] and, if that returns true, saves its state
//!    and returns [`Exit::Yield`].
//! 4. **Blocking operations are restartable.** Every operation that may block returns
//!    [`Blocking`]: `Ready(result)`, or `Park(token)`. On `Park` the VM leaves its pc *on*
//!    the instruction and returns [`Exit::Park`]`(token)`; the scheduler marks the
//!    goroutine waiting and only then releases the lock under which it was queued (Go's
//!    `gopark(unlockf)`). When the goroutine resumes, the VM executes the same instruction
//!    again, calling the same function with the same arguments, and the runtime completes
//!    it from what the waker left (received words, ok flag, which select case).
//! 5. **Errors.** Operations that Go defines to panic return [`GoError::Panic`] with Go's
//!    text (`send on closed channel`), which the VM raises as a Go panic;
//!    [`GoError::Fatal`] is Go's unrecoverable `fatal error: ...`.
//! 6. **Values.** Channels and timers are heap objects; the VM holds them as one word
//!    ([`ChanRef`], [`TimerRef`]). Elements travel as `&[u64]` of the element's size.
//!    `sync` primitives operate on the words of the Go value itself (`*mut u64`).
//! 7. **Hooks.** The VM registers [`Hooks`]: the value a timer channel receives, the
//!    goroutine `time.AfterFunc` starts, and the VM's own GC roots.
//! 8. **End of the program.** `Exit::Terminate(code)` (`main` returned, `os.Exit`) ends
//!    the program at once; `Exit::Fatal(text)` ends it with status 2 after the text;
//!    a deadlock ends it with Go's report ([`RunOutcome::Deadlock`]). A session ends only
//!    on `Exit::Terminate`; the rest ends one input (below).
//!
//! # REPL sessions
//! A [`Session`] keeps the scheduler (workers, run queues, timers, the heap claim) alive
//! between REPL inputs:
//! ```ignore
//! let session = Session::start(config);              // workers, no goroutine yet
//! loop {
//!     let input = /* compile the next input */;
//!     session.set_hooks(Arc::new(VmHooks { prog }));  // the latest program's hooks
//!     match session.run(Box::new(input_goroutine)) { // blocks until the input ends
//!         Foreground::Done => {}
//!         Foreground::Fatal(text) | Foreground::Deadlock(text) => eprint!("{text}"),
//!         Foreground::Exit(code) => std::process::exit(code),
//!     }
//! }
//! ```
//! - Each [`Session::run`] starts its task as the *foreground* goroutine (the first
//!   input is goroutine 1, later ones take fresh, increasing ids) and blocks the REPL
//!   thread until it ends. Goroutines it starts keep running between and during later
//!   inputs.
//! - The foreground goroutine's `Exit::Done` or `Exit::Goexit` gives [`Foreground::Done`];
//!   its `Exit::Fatal(text)` gives [`Foreground::Fatal`]. Another goroutine's
//!   `Exit::Fatal(text)` is reported at once (stderr, or [`Session::set_report`]) and ends
//!   only that goroutine.
//! - Deadlock detection counts only while an input runs: every goroutine blocked between
//!   inputs is fine (the next input may wake them). While one runs, Go's rule applies
//!   (timers and external waits count as possible wake-ups); the input ends with
//!   [`Foreground::Deadlock`] and its goroutine stays parked (a later input may still
//!   wake it; it then ends as a background goroutine).
//! - `Exit::Terminate(code)` from any goroutine, at any time, stops the scheduler:
//!   [`Session::run`] returns [`Foreground::Exit`] (at once, if it happened between
//!   inputs); [`Session::exit_code`] polls it and [`Session::wait_exit`] blocks for it (a
//!   REPL waiting for a line can watch it from another thread: `Session` is `Send + Sync`).
//! - [`Session::set_hooks`] replaces the hooks; timers firing and collections starting
//!   afterwards use the new ones. The REPL thread is not a mutator the world stop knows
//!   about: it must not allocate in or write to the Go heap (or the globals the hooks
//!   trace) while a session runs goroutines; do such work in the input's goroutine.
//! - Dropping the session stops the workers, drops every goroutine left and releases
//!   the heap.
//!
//! # The API the VM uses
//! | call | Go construct |
//! |---|---|
//! | [`run`]`(Config, main) -> RunOutcome`, [`RunOutcome::exit_process`] | the program |
//! | [`Session::start`], [`Session::run`]` -> Foreground`, [`Session::set_hooks`], [`Session::wait_exit`] | a REPL session, one input |
//! | [`RunContext::spawn`], `goroutine_id`, `num_goroutine` | `go f()`, `runtime.NumGoroutine` |
//! | [`RunContext::safepoint`] → `Exit::Yield` | budget exhausted; `runtime.Gosched` is a plain `Exit::Yield` |
//! | `gomaxprocs`, `set_gomaxprocs`, `request_gc` (then `Exit::Yield`) | `runtime.GOMAXPROCS`, `runtime.GC` |
//! | [`chan::make_chan`], [`chan::send`], [`chan::recv`], [`chan::close`], [`chan::len`], [`chan::cap`] | `make(chan T, n)`, `<-`, `close`, `len`, `cap` |
//! | [`chan::try_send`], [`chan::try_recv`] | one-case `select` with `default` |
//! | [`select::select`] + [`RunContext::wait_buffer`] | `select` (with `block == false` for `default`; `&[]` for `select {}`) |
//! | [`time::sleep`], [`time::new_timer`], [`time::after_func`], [`time::stop`], [`time::reset`] | `time.Sleep`, `NewTimer`/`After`/`NewTicker`, `AfterFunc`, `Stop`, `Reset` |
//! | [`sync::mutex_lock`]/`mutex_unlock`/`mutex_try_lock`, `rw_*`, `wait_group_add`/`wait_group_wait`, `notify_list_*` | `sync.Mutex`, `RWMutex`, `WaitGroup`, `Cond` |
//! | [`sema::semacquire`], [`sema::semrelease`] | `runtime_Semacquire`/`Semrelease` for library code |
//! | [`external::wait_external`] | a blocking native (file, stdin) run on a pool |
//!
//! # What blocks what (after Go's HACKING.md)
//! | primitive | blocks the goroutine | blocks the worker thread |
//! |---|---|---|
//! | channel op, select, sleep, `sync` wait, semacquire | yes (parks) | no |
//! | channel lock, semaphore bucket lock, timer lock | no | briefly (parking_lot mutex) |
//! | `sched` lock (idle list, world stop) | no | briefly |
//! | world stop | every goroutine, at its next safepoint | every worker, between goroutines |
//! | idle worker | — | parked (condvar) or polling (`mio::Poll`) |
//!
//! # Limitations (as of this version)
//! - Goroutine ids after main start at [`Config::first_goroutine_id`] and grow by one;
//!   Go's own numbering depends on its system goroutines and per-P id caches.
//! - The deadlock dump lists goroutines in creation order of their (reused) structs, as
//!   Go's `allgs`, but without Go's `, N minutes` wait durations.
//! - `sync.Mutex.Lock` parks without spinning first.
//! - No network poller yet: the `mio::Poll` only sleeps until the next timer and is woken
//!   by the `mio::Waker`; blocking natives use [`external`].
//! - Timer channels stay in a processor's heap until they fire or are stopped (Go 1.23
//!   heaps them only while a goroutine waits on them); deadlock detection ignores channel
//!   timers nobody waits on, so the observable behaviour is Go 1.23's.
//!
//! # Modules
//! - [`scheduler`]: processors, workers, run queues, spinning, parking, world stop,
//!   deadlock detection (Go's `proc.go`); [`Session`] for the REPL.
//! - [`chan`], [`select`]: Go's `chan.go` and `select.go`.
//! - [`time`]: sleep, timers, tickers, `AfterFunc` (Go 1.23 `time.go`).
//! - [`sema`], [`sync`]: semaphores keyed by address; `Mutex`, `RWMutex`, `WaitGroup`,
//!   notify lists for `Cond`.
//! - [`external`]: parking on a job outside the runtime (blocking natives).

pub mod chan;
pub mod context;
pub mod crash;
pub mod external;
mod goroutine;
pub mod heap;
pub mod io;
mod netpoll;
mod primitives;
pub mod scheduler;
pub mod select;
pub mod sema;
mod sudog;
pub mod sync;
pub mod task;
pub mod time;

pub use chan::ChanRef;
pub use context::RunContext;
pub use goroutine::Park;
pub use scheduler::{run, Config, Foreground, RunOutcome, Session, MAX_PROCS};
pub use select::{SelectCase, Selected};
pub use task::{Blocking, Exit, GoError, Hooks, NoHooks, Task, WaitReason};
pub use time::TimerRef;

/// Bytes the runtime adds per goroutine (its `Goroutine` struct, embedded wait record
/// included); the VM's task is separate.
pub const GOROUTINE_BYTES: usize = std::mem::size_of::<goroutine::Goroutine>();

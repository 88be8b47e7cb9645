//! Synthetic goroutines for the runtime's tests: hand-written state machines that behave
//! as the VM will — a `pc` that stays on a blocking operation until it completes, a budget
//! that calls `safepoint`, `Exit::Park` with the token a blocking call returned.
#![allow(dead_code)]

use std::fmt::Write;
use std::sync::Arc;

use runtime::heap::Marker;
use runtime::{Blocking, Config, Exit, RunContext, RunOutcome, Task};

/// Runs a blocking runtime call: its result, or return `Exit::Park` from the step.
#[macro_export]
macro_rules! ready {
    ($e:expr) => {
        match $e {
            runtime::Blocking::Ready(v) => v,
            runtime::Blocking::Park(p) => return runtime::Exit::Park(p),
        }
    };
}

/// Like `ready!`, for calls returning `Result<Blocking<T>, GoError>`: a Go panic ends the
/// program as a fatal error with the panic text.
#[macro_export]
macro_rules! ready_or_panic {
    ($e:expr) => {
        match $e {
            Ok(runtime::Blocking::Ready(v)) => v,
            Ok(runtime::Blocking::Park(p)) => return runtime::Exit::Park(p),
            Err(e) => return runtime::Exit::Fatal(format!("panic: {e:?}\n")),
        }
    };
}

/// Instruction budget between safepoints, in "steps" of the synthetic tasks.
pub const BUDGET: u32 = 64;

/// A goroutine made of a state and a step function, which runs until it must leave.
pub struct Machine<S> {
    pub state: S,
    pub step: fn(&mut S, &mut RunContext<'_>) -> Exit,
    pub name: &'static str,
    pub traced: Option<Arc<std::sync::atomic::AtomicUsize>>,
}

impl<S: Send + 'static> Machine<S> {
    pub fn boxed(name: &'static str, state: S, step: fn(&mut S, &mut RunContext<'_>) -> Exit) -> Box<dyn Task> {
        Box::new(Machine { state, step, name, traced: None })
    }
}

impl<S: Send + 'static> Task for Machine<S> {
    fn run(&mut self, cx: &mut RunContext<'_>) -> Exit {
        (self.step)(&mut self.state, cx)
    }

    fn trace(&self, _marker: &mut Marker) {
        if let Some(t) = &self.traced {
            t.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }

    fn dump(&self, out: &mut String) {
        let _ = writeln!(out, "main.{}()\n\t/tmp/test.go:1 +0x0", self.name);
    }
}

/// Heap words the synthetic goroutines hold in Rust state the collector cannot see:
/// every channel, timer and word block a test makes is kept alive through here (the VM
/// marks such words from its registers instead).
static ROOTS: parking_lot::Mutex<Vec<u64>> = parking_lot::Mutex::new(Vec::new());

/// One program at a time per test process: the heap is one per process and a collection
/// needs every mutator of it stopped (and frees what this program's roots do not reach).
static RUN_LOCK: parking_lot::Mutex<()> = parking_lot::Mutex::new(());

/// Keeps a heap word alive for the rest of the run.
pub fn keep(word: u64) -> u64 {
    ROOTS.lock().push(word);
    word
}

/// Hooks that mark [`ROOTS`]; timer values are the due time in word 0.
pub struct TestHooks;

impl runtime::Hooks for TestHooks {
    fn timer_value(&self, when: i64, out: &mut [u64]) {
        runtime::NoHooks.timer_value(when, out)
    }

    fn after_func(&self, func: u64) -> Box<dyn Task> {
        runtime::NoHooks.after_func(func)
    }

    fn trace_roots(&self, marker: &mut Marker) {
        marker.mark_all(&ROOTS.lock());
    }
}

/// Runs `main` with `procs` processors and the test hooks.
pub fn run_with(procs: usize, main: Box<dyn Task>) -> RunOutcome {
    run_config(Config { hooks: Arc::new(TestHooks), ..Config::with_procs(procs) }, main)
}

/// Holds the machine for a measurement that must not overlap a program of another test.
pub fn exclusive() -> parking_lot::MutexGuard<'static, ()> {
    RUN_LOCK.lock()
}

/// Runs one program at a time (see [`RUN_LOCK`]).
pub fn run_config(config: Config, main: Box<dyn Task>) -> RunOutcome {
    let _one = RUN_LOCK.lock();
    ROOTS.lock().clear();
    runtime::run(config, main)
}

/// A REPL session with the test hooks; holds the one-program lock until dropped (after
/// the session: fields drop in order).
pub struct TestSession {
    pub session: runtime::Session,
    _one: parking_lot::MutexGuard<'static, ()>,
}

impl std::ops::Deref for TestSession {
    type Target = runtime::Session;
    fn deref(&self) -> &runtime::Session {
        &self.session
    }
}

/// Starts a session with `procs` processors and the test hooks (see [`RUN_LOCK`]).
pub fn session_with(procs: usize) -> TestSession {
    let one = RUN_LOCK.lock();
    ROOTS.lock().clear();
    let config = Config { hooks: Arc::new(TestHooks), ..Config::with_procs(procs) };
    TestSession { session: runtime::Session::start(config), _one: one }
}

/// `make(chan T, cap)` for `words`-word elements, kept alive.
pub fn make_chan(cx: &mut RunContext<'_>, words: usize, cap: i64) -> runtime::ChanRef {
    let c = runtime::chan::make_chan(cx, words, cap, None).unwrap();
    keep(c.to_word());
    c
}

/// A timer channel (and its timer), kept alive.
pub fn new_timer(cx: &mut RunContext<'_>, delay: i64, period: i64) -> (runtime::ChanRef, runtime::TimerRef) {
    let (c, t) = runtime::time::new_timer(cx, 1, None, delay, period);
    keep(c.to_word());
    keep(t.to_word());
    (c, t)
}

/// Counts steps and asks for a safepoint every `BUDGET` of them (the VM's budget).
pub fn charge(budget: &mut u32, cx: &mut RunContext<'_>) -> bool {
    *budget += 1;
    if *budget >= BUDGET {
        *budget = 0;
        return cx.safepoint();
    }
    false
}

pub fn is_ready<T>(b: &Blocking<T>) -> bool {
    matches!(b, Blocking::Ready(_))
}

/// A zeroed block of heap words for `sync` primitives (the placeholder heap never frees).
pub fn heap_words(cx: &mut RunContext<'_>, n: usize) -> *mut u64 {
    let p = cx.alloc().alloc(runtime::heap::ObjKind::Noscan, n);
    keep(p as u64);
    p
}

/// Raw pointers the tests pass between goroutines (they point into the leaking heap).
#[derive(Clone, Copy)]
pub struct Words(pub *mut u64);
unsafe impl Send for Words {}

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

/// Runs `main` with `procs` processors.
pub fn run_with(procs: usize, main: Box<dyn Task>) -> RunOutcome {
    runtime::run(Config::with_procs(procs), main)
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
    cx.alloc().alloc(runtime::heap::ObjKind::Noscan, n)
}

/// Raw pointers the tests pass between goroutines (they point into the leaking heap).
#[derive(Clone, Copy)]
pub struct Words(pub *mut u64);
unsafe impl Send for Words {}

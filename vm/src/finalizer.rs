//! The goroutine that runs finalizers (Go's `runfinq`): started when a collection has
//! queued some and none is running ([`runtime::heap::finalizer`]), it calls them one after
//! another, each in a fresh [`Goroutine`] state under its own goroutine id, and ends when
//! the queue is empty. A finalizer that blocks delays the others, as in Go; one that
//! panics ends the program.

use crate::goroutine::Goroutine;
use crate::program::Program;
use runtime::heap::finalizer;
use runtime::heap::Marker;
use runtime::{Exit, RunContext, Task};

pub struct FinalizerRunner {
    prog: &'static Program,
    /// The finalizer call in progress.
    current: Option<Goroutine>,
}

impl FinalizerRunner {
    pub fn new(prog: &'static Program) -> FinalizerRunner {
        FinalizerRunner { prog, current: None }
    }
}

impl Task for FinalizerRunner {
    fn run(&mut self, cx: &mut RunContext<'_>) -> Exit {
        loop {
            if self.current.is_none() {
                let Some(ready) = finalizer::next() else { return Exit::Done };
                // SAFETY: `ready.func` is a func value (a closure object) checked by
                // SetFinalizer; its first word is the function index.
                let func = unsafe { runtime::heap::load(ready.func as *const u64) } as u32;
                self.current = Some(Goroutine::new(self.prog, func, ready.func, &ready.args[..ready.nargs], false));
            }
            let g = self.current.as_mut().expect("a finalizer call in progress");
            match g.run(cx) {
                Exit::Done | Exit::Goexit => self.current = None,
                other => return other,
            }
        }
    }

    fn trace(&self, marker: &mut Marker) {
        if let Some(g) = &self.current {
            g.trace(marker);
        }
    }

    fn dump(&self, out: &mut String) {
        match &self.current {
            Some(g) => g.dump(out),
            None => out.push_str("runtime.runfinq()\n"),
        }
    }
}

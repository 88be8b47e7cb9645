//! Running a program: the globals area, the VM's runtime hooks, the main goroutine.

use crate::goroutine::Goroutine;
use crate::program::Program;
use runtime::heap::Marker;
use runtime::{Config, Hooks, RunOutcome, Task};
use std::sync::atomic::Ordering;
use std::sync::Arc;

pub(crate) struct VmHooks {
    pub(crate) prog: &'static Program,
}

impl Hooks for VmHooks {
    fn timer_value(&self, when: i64, out: &mut [u64]) {
        crate::native_time::timer_value(when, out);
    }

    fn after_func(&self, func: u64) -> Box<dyn Task> {
        // SAFETY: `func` is a func value (closure object) passed to time.AfterFunc.
        let f = unsafe { runtime::heap::load(func as *const u64) } as u32;
        Box::new(Goroutine::new(self.prog, f, func, &[], false))
    }

    fn trace_roots(&self, marker: &mut Marker) {
        for w in crate::globals::words() {
            marker.mark(w.load(Ordering::Relaxed));
        }
        crate::foreign_defer::trace(marker);
    }

    fn finalizer_runner(&self) -> Option<Box<dyn Task>> {
        Some(Box::new(crate::finalizer::FinalizerRunner::new(self.prog)))
    }
}

/// Runs `prog` to completion with GOMAXPROCS from the environment.
pub fn run(prog: &'static Program) -> RunOutcome {
    crate::globals::init(prog.globals_words);
    crate::native_time::set_process_start();
    let mut config = Config::from_env();
    config.hooks = Arc::new(VmHooks { prog });
    runtime::run(config, Box::new(Goroutine::main(prog)))
}

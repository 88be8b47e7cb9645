//! Running REPL inputs: one scheduler for the whole session, one program per input.
//!
//! Each input's program extends the previous one (`compile::Incremental`): the same
//! functions, constants and type descriptors at the same indices and addresses, plus the
//! input's own. Goroutines of earlier inputs move to the newest program the next time they
//! are scheduled, or at once when they call a function only it has ([`refresh`]).

use crate::goroutine::Goroutine;
use crate::program::Program;
pub use runtime::Foreground;
use runtime::Config;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::sync::Arc;

/// The newest program of the REPL session (null outside a REPL).
static LATEST: AtomicPtr<Program> = AtomicPtr::new(std::ptr::null_mut());

/// The newest program, when it differs from `current` (REPL sessions only).
#[inline(always)]
pub(crate) fn newer(current: &'static Program) -> Option<&'static Program> {
    let p = LATEST.load(Ordering::Acquire);
    if p.is_null() || std::ptr::eq(p, current) {
        return None;
    }
    // SAFETY: programs are leaked (`&'static`) and only ever replaced by newer ones.
    Some(unsafe { &*p })
}

/// A REPL session's runtime.
pub struct Repl {
    session: runtime::Session,
}

impl Repl {
    /// Starts the scheduler (GOMAXPROCS from the environment) with no goroutine.
    pub fn start() -> Repl {
        crate::globals::reserve();
        crate::native_time::set_process_start();
        let config = Config::from_env();
        let session = runtime::Session::start(config);
        // A background goroutine's fatal report; the session goes on.
        session.set_report(|text| {
            eprint!("{}", text);
            if !text.ends_with('\n') {
                eprintln!();
            }
        });
        Repl { session }
    }

    /// Runs `func` of `prog` (the newest program) as the foreground goroutine, until it
    /// ends, deadlocks or the program exits. Other goroutines keep running.
    pub fn run(&self, prog: &'static Program, func: u32) -> Result<Foreground, String> {
        self.run_interruptible(prog, func, &AtomicBool::new(false))
    }

    /// [`Repl::run`], stopping the input when `interrupt` becomes true
    /// ([`Foreground::Interrupted`]; see `runtime::Session::run_interruptible`).
    pub fn run_interruptible(&self, prog: &'static Program, func: u32, interrupt: &AtomicBool) -> Result<Foreground, String> {
        if !crate::globals::grow(prog.globals_words) {
            return Err("minigo: too many package-level variables in this session; :reset starts afresh".into());
        }
        LATEST.store(prog as *const Program as *mut Program, Ordering::Release);
        self.session.set_hooks(Arc::new(crate::start::VmHooks { prog }));
        Ok(self.session.run_interruptible(Box::new(Goroutine::new(prog, func, 0, &[], false)), interrupt))
    }

    /// The exit status once a goroutine called `os.Exit` (possibly between inputs).
    pub fn exit_code(&self) -> Option<i32> {
        self.session.exit_code()
    }
}

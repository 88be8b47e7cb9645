//! Native (Rust) functions: the bodies of body-less Go declarations in the standard
//! library.
//!
//! Rule (DESIGN.md, "natives are leaves"): a native never calls back into Go code. It reads
//! its arguments from the call window, writes its results to the start of the window, and
//! may allocate, block (restartably) or raise a panic.

use crate::program::Program;
use runtime::{Park, RunContext};

/// What a native did.
pub enum NativeResult {
    /// Results are in the window.
    Done,
    /// Raise a runtime error panic with this message (`runtime error: ...` text included).
    RuntimeError(String),
    /// Raise `panic(v)` with an `any` value (2 words).
    Panic([u64; 2]),
    /// Park; the call executes again on resume with the same arguments (restartable).
    Block(Park),
    /// Exit the process with this status (os.Exit).
    Exit(i32),
    /// Go's unrecoverable `fatal error: ...`.
    Fatal(String),
    /// Yield the processor (runtime.Gosched).
    Yield,
}

/// What a native may use.
pub struct NativeCtx<'a, 'b> {
    pub cx: &'a mut RunContext<'b>,
    pub prog: &'static Program,
    /// The calling goroutine's id.
    pub goid: u64,
}

/// A native: `window` holds the arguments (Go layout) and receives the results.
pub type NativeFn = fn(&mut NativeCtx<'_, '_>, &mut [u64]) -> NativeResult;

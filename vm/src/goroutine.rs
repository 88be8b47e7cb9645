//! A goroutine's VM state: one contiguous word stack holding every frame's registers, the
//! frame records, deferred calls and active panics. Implements [`runtime::Task`].
//!
//! No Go frame lives on the Rust stack: a call pushes a [`Frame`] and the dispatch loop
//! (`exec.rs`) continues with it; returning pops it. A goroutine can therefore stop at any
//! instruction boundary (preemption, blocking) and deep Go recursion cannot overflow the
//! host stack.

use crate::program::Program;
use runtime::heap::Marker;
use runtime::{Exit, RunContext, Task};

/// Go's default maximum stack (1 GB): our register stack's words plus the frame records
/// count toward it.
pub const MAX_STACK_BYTES: usize = 1_000_000_000;

/// Words of register stack a goroutine with `frames` frames may use.
pub fn stack_words_allowed(frames: usize) -> usize {
    MAX_STACK_BYTES.saturating_sub(frames * std::mem::size_of::<Frame>()) / 8
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FrameKind {
    Normal,
    /// The goroutine's first function: returning from it ends the goroutine.
    Entry,
    /// `main.main`: returning from it ends the program.
    Main,
    /// A deferred call; `panic` is the panic (index into `panics`) whose unwinding runs it.
    Deferred { panic: Option<u32> },
    /// `Error()`/`String()` of a panic value being printed before the program dies.
    PanicPrint,
    /// A call made by reflect's `Value.Call` (`NativeResult::Call`): its results are
    /// stored as words at the address on top of `Goroutine::reflect_outs` instead of in the
    /// caller's registers. (Kept out of the frame so frames stay small.)
    Reflect,
}

/// Where a `Reflect` frame's results go.
#[derive(Clone, Copy, Debug)]
pub(crate) enum ReflectOut {
    /// Stored as words at this address (Value.Call's result buffer).
    Mem(u64),
    /// The callee returns a `[]uintptr`; its words go to the stack from this index (the
    /// window of the native that asked for the call: reflect.MakeFunc's stub).
    Stack(usize),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    pub func: u32,
    pub pc: u32,
    /// Index of register 0 in the stack.
    pub base: u32,
    /// `defers.len()` when the frame was entered: its own defers are above.
    pub defer_mark: u32,
    /// The running closure object (0 for plain functions).
    pub closure: u64,
    pub kind: FrameKind,
}

#[derive(Clone, Debug)]
pub(crate) enum Callee {
    Func(u32),
    Closure(u64),
}

pub(crate) struct DeferRec {
    pub callee: Callee,
    pub args: Box<[u64]>,
}

pub(crate) struct PanicRec {
    /// The panic value, an `any`.
    pub value: [u64; 2],
    pub recovered: bool,
    /// runtime.Goexit rather than a panic.
    pub goexit: bool,
    /// The panic comes from a fault Go reports as a signal (a nil dereference).
    pub signal: bool,
    /// Index of the frame whose deferred calls the panic runs next. Frames above it stay
    /// on the stack while deferred calls run (as in Go, where they run on top of the
    /// panicking frames): `runtime.Caller` sees them, and a recovery pops them.
    pub cursor: u32,
}

pub struct Goroutine {
    pub(crate) prog: &'static Program,
    pub(crate) stack: Vec<u64>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) defers: Vec<DeferRec>,
    pub(crate) panics: Vec<PanicRec>,
    /// Result destinations of the active `Reflect` frames, innermost last.
    pub(crate) reflect_outs: Vec<ReflectOut>,
    /// The closure object of the native being called (for `NativeCtx::closure`).
    pub(crate) native_closure: u64,
    /// Set while a deferred or `go` native runs: a `NativeResult::ReturnVia` request is
    /// left in `tail` (the Go call that replaces the native) instead of being run.
    pub(crate) capture_tail: bool,
    pub(crate) tail: Option<(u32, Vec<u64>)>,
    /// Where the goroutine was started: (function, line) of the `go` statement and the
    /// creating goroutine's id.
    pub(crate) created_by: Option<(u32, u32, u64)>,
    /// Text accumulated for a fatal panic report while `Error()` methods run.
    pub(crate) fatal_text: Option<String>,
    /// Next panic value to print in the fatal report.
    pub(crate) fatal_next: usize,
    /// The next panic is raised for a fault Go reports as a signal.
    pub(crate) signal: bool,
    /// Bytes done by a large copy or clear that yielded halfway (`exec::mem::in_chunks`);
    /// 0 when no such instruction is pending.
    pub(crate) partial: u64,
}

impl Goroutine {
    /// A goroutine that will run `func` with `args` as its first registers.
    pub fn new(prog: &'static Program, func: u32, closure: u64, args: &[u64], kind_main: bool) -> Goroutine {
        let f = &prog.funcs[func as usize];
        let n = (f.nregs as usize).max(args.len()).max(4);
        let mut stack = Vec::with_capacity(n);
        stack.extend_from_slice(args);
        stack.resize(n, 0);
        let kind = if kind_main { FrameKind::Main } else { FrameKind::Entry };
        Goroutine {
            prog,
            stack,
            frames: vec![Frame { func, pc: 0, base: 0, defer_mark: 0, closure, kind }],
            defers: Vec::new(),
            panics: Vec::new(),
            reflect_outs: Vec::new(),
            native_closure: 0,
            capture_tail: false,
            tail: None,
            created_by: None,
            fatal_text: None,
            fatal_next: 0,
            signal: false,
            partial: 0,
        }
    }

    /// The main goroutine: package initialization, then `main.main`.
    pub fn main(prog: &'static Program) -> Goroutine {
        let main = prog.main.expect("minigo bug: no main function");
        let mut g = Goroutine::new(prog, main, 0, &[], true);
        // Run the initializer first, in a frame above main's (returning into main at pc 0).
        let init = &prog.funcs[prog.init as usize];
        let base = prog.funcs[main as usize].nregs;
        let need = base as usize + init.nregs as usize;
        if g.stack.len() < need {
            g.stack.resize(need, 0);
        }
        g.frames.push(Frame { func: prog.init, pc: 0, base, defer_mark: 0, closure: 0, kind: FrameKind::Normal });
        g
    }
}

impl Task for Goroutine {
    fn run(&mut self, cx: &mut RunContext<'_>) -> Exit {
        // For the report of a memory fault or of running out of memory in this slice.
        let _running = runtime::crash::RunningGoroutine::enter(self, cx.goroutine_id());
        crate::exec::run(self, cx)
    }

    fn trace(&self, marker: &mut Marker) {
        for (i, f) in self.frames.iter().enumerate() {
            let func = &self.prog.funcs[f.func as usize];
            let base = f.base as usize;
            let mut end = (base + func.nregs as usize).min(self.stack.len());
            // Registers from the next frame's base up belong to that frame (a caller's call
            // window is its callee's first registers): they are read with the callee's
            // mask, so a stale pointer left in a window (frames are entered without
            // zeroing) does not keep its object alive. Every live value of a caller lies
            // below the window of the call it is in.
            if let Some(next) = self.frames.get(i + 1) {
                if next.base as usize >= base {
                    end = end.min(next.base as usize);
                }
            }
            for r in base..end {
                if func.is_ptr_reg(r - base) {
                    marker.mark(self.stack[r]);
                }
            }
            marker.mark(f.closure);
        }
        // Argument windows above the top frame (a call being set up) are covered by the
        // caller's mask; deferred arguments and panic values are roots too.
        for d in &self.defers {
            marker.mark_all(&d.args);
            if let Callee::Closure(c) = d.callee {
                marker.mark(c);
            }
        }
        for p in &self.panics {
            marker.mark_all(&p.value);
        }
    }

    fn dump(&self, out: &mut String) {
        crate::exec::traceback(self, out);
    }
}

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
    pub(crate) defers: LazyVec<DeferRec>,
    pub(crate) panics: LazyVec<PanicRec>,
    /// Where the goroutine was started: (function, line) of the `go` statement and the
    /// creating goroutine's id; `NO_CREATOR` for the main goroutine.
    pub(crate) created_by: (u32, u32, u64),
    /// Set while a deferred or `go` native runs: a `NativeResult::ReturnVia` request is
    /// left in `Rare::tail` (the Go call that replaces the native) instead of being run.
    pub(crate) capture_tail: bool,
    /// The next panic is raised for a fault Go reports as a signal.
    pub(crate) signal: bool,
    /// The goroutine has parked before (see `trim`).
    parked_before: bool,
    /// Native calls made on a copied window because the stack was short (`call_native`).
    pub(crate) scratch_windows: u8,
    /// State few goroutines ever use, allocated on first use: every parked goroutine pays
    /// for this struct, so it stays small (ten million of them fit in a few gigabytes).
    pub(crate) rare: Option<Box<Rare>>,
}

/// A list that takes one word while it is empty, which it is in most goroutines (deferred
/// calls, active panics). Reads see a slice.
pub(crate) struct LazyVec<T>(Option<Box<Vec<T>>>);

impl<T> LazyVec<T> {
    pub(crate) const fn new() -> LazyVec<T> {
        LazyVec(None)
    }

    fn vec(&mut self) -> &mut Vec<T> {
        self.0.get_or_insert_with(Default::default)
    }

    pub(crate) fn push(&mut self, v: T) {
        self.vec().push(v)
    }

    pub(crate) fn insert(&mut self, i: usize, v: T) {
        self.vec().insert(i, v)
    }

    pub(crate) fn pop(&mut self) -> Option<T> {
        self.0.as_mut()?.pop()
    }

    pub(crate) fn clear(&mut self) {
        if let Some(v) = &mut self.0 {
            v.clear()
        }
    }

    pub(crate) fn retain(&mut self, f: impl FnMut(&T) -> bool) {
        if let Some(v) = &mut self.0 {
            v.retain(f)
        }
    }
}

impl<T> std::ops::Deref for LazyVec<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        match &self.0 {
            Some(v) => v,
            None => &[],
        }
    }
}

impl<T> std::ops::DerefMut for LazyVec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        match &mut self.0 {
            Some(v) => v,
            None => &mut [],
        }
    }
}

/// `Goroutine::created_by` of a goroutine no `go` statement started.
pub(crate) const NO_CREATOR: (u32, u32, u64) = (u32::MAX, 0, 0);

/// The seldom used part of a goroutine's state (see `Goroutine::rare`).
#[derive(Default)]
pub(crate) struct Rare {
    /// Result destinations of the active `Reflect` frames, innermost last.
    pub reflect_outs: Vec<ReflectOut>,
    /// The Go call a native asked to be replaced by, while `capture_tail` is set.
    pub tail: Option<(u32, Vec<u64>)>,
    /// Text accumulated for a fatal panic report while `Error()` methods run.
    pub fatal_text: Option<String>,
    /// Next panic value to print in the fatal report.
    pub fatal_next: usize,
    /// The closure object of the native being called (for `NativeCtx::closure`; natives
    /// reached through a func value are rare).
    pub native_closure: u64,
    /// Bytes done by a large copy or clear that yielded halfway (`exec::mem::in_chunks`);
    /// 0 when no such instruction is pending.
    pub partial: u64,
}

impl Goroutine {
    /// A goroutine that will run `func` with `args` as its first registers.
    pub fn new(prog: &'static Program, func: u32, closure: u64, args: &[u64], kind_main: bool) -> Goroutine {
        let f = &prog.funcs[func as usize];
        let n = (f.nregs as usize).max(args.len()).max(1);
        let mut stack = Vec::with_capacity(n);
        stack.extend_from_slice(args);
        stack.resize(n, 0);
        let kind = if kind_main { FrameKind::Main } else { FrameKind::Entry };
        // Exactly what the entry frame needs: most goroutines block in their first function
        // (a native called there works on a scratch window), and a block made to measure
        // is one `trim` need not replace at the first park. A goroutine that calls Go
        // functions grows both, and its first park trims them.
        let mut frames = Vec::with_capacity(1);
        frames.push(Frame { func, pc: 0, base: 0, defer_mark: 0, closure, kind });
        Goroutine {
            prog,
            stack,
            frames,
            defers: LazyVec::new(),
            panics: LazyVec::new(),
            created_by: NO_CREATOR,
            capture_tail: false,
            signal: false,
            parked_before: false,
            scratch_windows: 0,
            rare: None,
        }
    }

    /// Moves the register stack and the frame records into blocks of exactly the size in
    /// use. Done at a goroutine's first park: most goroutines that park at all spend most
    /// of their life parked (ten million blocked goroutines are a program we run), while
    /// the blocks they grew for their last calls, freed here, are the size the next new
    /// goroutines allocate. Later parks keep what they have, so a goroutine that parks and
    /// wakes in a loop does not reallocate each time. Everything above the frames'
    /// registers is dead at a park: a call window lies inside its caller's registers, and
    /// a native that parked runs again on resume, growing the stack as it needs.
    fn trim(&mut self) {
        // A caller's registers can reach past its callee's (the call window may sit low in
        // a large frame), so the live part ends where the highest-reaching frame ends.
        let funcs = &self.prog.funcs;
        let end = self.frames.iter().map(|f| f.base as usize + funcs[f.func as usize].nregs as usize).max().unwrap_or(0);
        let live = end.min(self.stack.len());
        if self.stack.capacity() > live {
            let mut stack = Vec::with_capacity(live);
            stack.extend_from_slice(&self.stack[..live]);
            self.stack = stack;
        }
        if self.frames.capacity() > self.frames.len() {
            self.frames = self.frames.clone();
        }
    }

    /// Records the closure object of the native about to be called (0: none).
    pub(crate) fn set_native_closure(&mut self, closure: u64) {
        if closure != 0 || self.rare.is_some() {
            self.rare().native_closure = closure;
        }
    }

    /// The seldom used state, allocated on first use.
    pub(crate) fn rare(&mut self) -> &mut Rare {
        self.rare.get_or_insert_with(Default::default)
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
        let exit = crate::exec::run(self, cx);
        if matches!(exit, Exit::Park(_)) && !self.parked_before {
            self.parked_before = true;
            self.trim();
        }
        exit
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
        for d in self.defers.iter() {
            marker.mark_all(&d.args);
            if let Callee::Closure(c) = d.callee {
                marker.mark(c);
            }
        }
        for p in self.panics.iter() {
            marker.mark_all(&p.value);
        }
    }

    fn dump(&self, out: &mut String) {
        crate::exec::traceback(self, out);
    }
}

#[cfg(test)]
mod tests {
    /// Every goroutine, parked or not, holds one of these: ten million of them must fit
    /// in a few gigabytes with everything else (issue 15's park_10m.go). 104 bytes is the
    /// largest size glibc serves from its 112-byte chunks.
    #[test]
    fn goroutine_record_stays_small() {
        assert!(std::mem::size_of::<super::Goroutine>() <= 104, "{}", std::mem::size_of::<super::Goroutine>());
    }
}

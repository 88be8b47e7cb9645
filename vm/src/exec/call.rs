//! Calls, returns, deferred calls, `go` statements and natives.
//!
//! Calling convention (Lua-style register windows): the caller evaluates the arguments into
//! a window of its registers at `base`; the callee's frame starts there, so arguments are
//! its first registers. `Ret` copies the results to the start of the frame, i.e. back into
//! the caller's window.

use super::Flow;
use crate::goroutine::{Callee, DeferRec, Frame, FrameKind, Goroutine, ReflectOut};
use crate::native::{NativeCtx, NativeResult};
use runtime::{Exit, RunContext};

/// Words a native's window has at least (`call_native`).
const NATIVE_WINDOW: usize = 16;

/// Native calls a goroutine makes on a copied window before its stack is grown instead.
const SCRATCH_WINDOWS: u8 = 4;

impl Goroutine {
    /// A function value of a later REPL input (index beyond this goroutine's program):
    /// move to the newest program, which has it.
    #[inline]
    fn ensure_func(&mut self, func: u32) {
        if func as usize >= self.prog.funcs.len() {
            if let Some(p) = crate::repl::newer(self.prog) {
                self.prog = p;
            }
        }
    }

    /// A call that the dispatch loop does not enter in place (see `call!` in `exec.rs`): a
    /// native, a callee that needs the stack grown, or a function of a newer REPL input.
    /// The caller's pc is saved after the call instruction; the dispatch loop runs the
    /// safepoint of an exhausted budget once the callee's frame is pushed.
    #[inline(never)]
    pub(crate) fn call(&mut self, cx: &mut RunContext<'_>, func: u32, base: u16, closure: u64) -> Flow {
        self.ensure_func(func);
        let f = &self.prog.funcs[func as usize];
        if let Some(native) = f.native {
            // A body-less function called directly: run the native in the caller's window.
            // Natives expect the caller's pc on the call (a parked native restarts there).
            let top = self.frames.len() - 1;
            self.frames[top].pc -= 1;
            self.set_native_closure(closure);
            return match self.call_native(cx, native, base) {
                None => {
                    self.frames[top].pc += 1;
                    Flow::Reload
                }
                Some(flow) => flow,
            };
        }
        let caller = self.frames[self.frames.len() - 1];
        let new_base = caller.base + base as u32;
        if let Err(flow) = self.enter(cx, func, new_base, closure, FrameKind::Normal) {
            return flow;
        }
        Flow::Reload
    }

    /// Pushes a frame at stack index `base`, growing and zeroing its registers.
    #[inline(never)]
    pub(crate) fn enter(&mut self, cx: &mut RunContext<'_>, func: u32, base: u32, closure: u64, kind: FrameKind) -> Result<(), Flow> {
        let f = &self.prog.funcs[func as usize];
        let end = base as usize + f.nregs as usize;
        let allowed = crate::goroutine::stack_words_allowed(self.frames.len() + 1);
        if end > allowed {
            return Err(self.stack_overflow(cx));
        }
        if self.stack.len() < end {
            // Doubling while small; past 1 Mi words (8 MB) by an eighth, so that the
            // zeroed slack, which is resident memory, stays small next to a deep stack.
            let len = self.stack.len();
            let step = if len < 1 << 20 { len } else { len / 8 };
            let want = end.max(len + step).min(allowed);
            self.stack.resize(want, 0);
        }
        // Zero the non-parameter registers (Go zero values; no stale pointers).
        let p = base as usize + f.param_words as usize;
        if p < end {
            self.stack[p..end].fill(0);
        }
        self.frames.push(Frame { func, pc: 0, base, defer_mark: self.defers.len() as u32, closure, kind });
        Ok(())
    }

    #[inline(never)]
    fn stack_overflow(&mut self, _cx: &mut RunContext<'_>) -> Flow {
        let mut out = String::from("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        out.push_str("fatal error: stack overflow");
        Flow::Exit(Exit::Fatal(out))
    }

    /// Runs a native with the window at `base` of the current frame. `None`: done, continue.
    #[inline(never)]
    pub(crate) fn call_native(&mut self, cx: &mut RunContext<'_>, native: u32, base: u16) -> Option<Flow> {
        let prog = self.prog;
        let frame = self.frames[self.frames.len() - 1];
        let start = frame.base as usize + base as usize;
        let (name, f) = &prog.natives[native as usize];
        let _ = name;
        // The window extends to the end of the stack, at least 16 words; natives use what
        // their signature says, which lies in the caller's registers. A stack shorter than
        // that is not grown for a goroutine's first few such calls (small goroutines, which
        // call a native or two and block, stay small): the native works on a copy, and the
        // words the stack has are copied back. A goroutine that keeps calling natives gets
        // the stack grown once instead of paying for the copy every time.
        if self.stack.len() < start + NATIVE_WINDOW && self.scratch_windows >= SCRATCH_WINDOWS {
            self.stack.resize(start + NATIVE_WINDOW, 0);
        }
        let goid = cx.goroutine_id();
        let closure = self.rare.as_mut().map_or(0, |r| std::mem::take(&mut r.native_closure));
        let mut ncx = NativeCtx { cx, prog, goid, frames: &self.frames, closure };
        let result = if self.stack.len() >= start + NATIVE_WINDOW {
            f(&mut ncx, &mut self.stack[start..])
        } else {
            self.scratch_windows += 1;
            let have = self.stack.len().saturating_sub(start);
            let mut window = [0u64; NATIVE_WINDOW];
            if have > 0 {
                window[..have].copy_from_slice(&self.stack[start..]);
            }
            let r = f(&mut ncx, &mut window);
            if have > 0 {
                self.stack[start..].copy_from_slice(&window[..have]);
            }
            r
        };
        match result {
            NativeResult::Done if !cx.has_processor() => {
                // The native's system call came back to find every processor busy: the
                // goroutine continues after the call once a processor picks it up.
                let top = self.frames.len() - 1;
                self.frames[top].pc += 1;
                Some(Flow::Exit(Exit::Yield))
            }
            NativeResult::Done => None,
            NativeResult::RuntimeError(msg) => Some(self.runtime_error(cx, msg)),
            NativeResult::PlainPanic(msg) => Some(self.go_panic_msg(cx, &msg)),
            NativeResult::Panic(v) => Some(self.go_panic(cx, v)),
            NativeResult::Block(park) => Some(Flow::Exit(Exit::Park(park))),
            NativeResult::Exit(code) => Some(Flow::Exit(Exit::Terminate(code))),
            NativeResult::Fatal(msg) => Some(Flow::Exit(Exit::Fatal(super::panic::fatal_report(self, cx.goroutine_id(), &msg)))),
            NativeResult::Crash(text) => Some(Flow::Exit(Exit::Fatal(text))),
            NativeResult::Yield => {
                // Continue after the call once rescheduled.
                let top = self.frames.len() - 1;
                self.frames[top].pc += 1;
                Some(Flow::Exit(Exit::Yield))
            }
            NativeResult::Call { func, closure, args, out } => self.reflect_call(cx, start, func, closure, &args, ReflectOut::Mem(out)),
            NativeResult::ReturnVia { func, args } if self.capture_tail => {
                self.rare().tail = Some((func, args));
                None
            }
            NativeResult::ReturnVia { func, args } => self.reflect_call(cx, start, func, 0, &args, ReflectOut::Stack(start)),
            NativeResult::Goexit => {
                let top = self.frames.len() - 1;
                self.frames[top].pc += 1;
                Some(self.goexit(cx))
            }
        }
    }

    /// `Ret`: run the frame's pending deferred calls, then return its results.
    #[inline(never)]
    pub(crate) fn ret(&mut self, cx: &mut RunContext<'_>, src: u16, n: u16) -> Flow {
        let top = self.frames.len() - 1;
        let frame = self.frames[top];
        if self.defers.len() > frame.defer_mark as usize {
            // Run the next deferred call; the function resumes at its epilogue afterwards
            // (a deferred closure may change named results).
            return self.run_defer(cx, None);
        }
        let base = frame.base as usize;
        let (s, n) = (base + src as usize, n as usize);
        self.stack.copy_within(s..s + n, base);
        self.frames.pop();
        match frame.kind {
            FrameKind::Normal => Flow::Reload,
            FrameKind::Entry => Flow::Exit(Exit::Done),
            FrameKind::Main => Flow::Exit(Exit::Terminate(0)),
            FrameKind::Deferred { panic } => self.deferred_returned(cx, panic),
            FrameKind::PanicPrint => self.panic_print_returned(cx),
            FrameKind::Reflect => {
                match self.rare.as_mut().and_then(|r| r.reflect_outs.pop()) {
                    Some(ReflectOut::Mem(out)) => {
                        // SAFETY: `out` is the caller's live result buffer of at least `n`
                        // words (reflect allocates it with the callee's result words).
                        unsafe { crate::value::write_words(out, &self.stack[base..base + n]) };
                    }
                    Some(ReflectOut::Stack(dst)) => {
                        // The callee returned a []uintptr: (ptr, len, cap).
                        let (p, len) = (self.stack[base], self.stack[base + 1] as usize);
                        if self.stack.len() < dst + len {
                            self.stack.resize(dst + len, 0);
                        }
                        // SAFETY: a live []uintptr of len words returned by the callee.
                        unsafe { crate::value::read_words(p, &mut self.stack[dst..dst + len]) };
                    }
                    None => {}
                }
                Flow::Reload
            }
        }
    }

    /// `NativeResult::Call`: calls `func` (with closure object `closure`) on `args`, in a
    /// frame above the native's window (its arguments stay intact, so a native callee that
    /// parks restarts the whole call). Results go to memory at `out`.
    fn reflect_call(&mut self, cx: &mut RunContext<'_>, start: usize, func: u32, closure: u64, args: &[u64], out: ReflectOut) -> Option<Flow> {
        self.ensure_func(func);
        let base = start + 16;
        if self.stack.len() < base + args.len() + 16 {
            self.stack.resize(base + args.len() + 16, 0);
        }
        self.stack[base..base + args.len()].copy_from_slice(args);
        let f = &self.prog.funcs[func as usize];
        if let Some(native) = f.native {
            let results = f.result_words as usize;
            let frame = self.frames[self.frames.len() - 1];
            let rel = (base - frame.base as usize) as u16;
            self.set_native_closure(closure);
            let r = self.call_native(cx, native, rel);
            if r.is_none() {
                if let ReflectOut::Mem(out) = out {
                    // SAFETY: as in `ret`.
                    unsafe { crate::value::write_words(out, &self.stack[base..base + results]) };
                }
                let top = self.frames.len() - 1;
                self.frames[top].pc += 1;
                return Some(Flow::Reload);
            }
            return r;
        }
        let top = self.frames.len() - 1;
        self.frames[top].pc += 1;
        if let Err(flow) = self.enter(cx, func, base as u32, closure, FrameKind::Reflect) {
            return Some(flow);
        }
        self.rare().reflect_outs.push(out);
        Some(Flow::Reload)
    }

    /// Starts the most recent deferred call of the top frame (a return).
    #[inline(never)]
    pub(crate) fn run_defer(&mut self, cx: &mut RunContext<'_>, panic: Option<u32>) -> Flow {
        let top = self.frames.len() - 1;
        self.run_defer_at(cx, top, panic)
    }

    /// Starts the most recent deferred call of frame `fi`, in a frame above the top one.
    /// `panic`: the panic whose unwinding runs it.
    #[inline(never)]
    pub(crate) fn run_defer_at(&mut self, cx: &mut RunContext<'_>, fi: usize, panic: Option<u32>) -> Flow {
        let d = self.defers.pop().expect("minigo bug: no deferred call to run");
        let callee = d.callee.clone();
        let frame = self.frames[fi];
        if panic.is_none() {
            // At a return, the deferring frame resumes at its epilogue (`Func::epilogue`)
            // after each deferred call. A panicking frame keeps its pc (tracebacks and
            // runtime.Caller show where it panicked) until a recovery.
            self.frames[fi].pc = self.prog.funcs[frame.func as usize].epilogue;
        }
        let top = self.frames[self.frames.len() - 1];
        let base = top.base + self.prog.funcs[top.func as usize].nregs;
        let (func, closure) = match callee {
            Callee::Func(f) => (f, 0),
            Callee::Closure(0) => {
                // defer of a nil func value panics when the deferred call runs.
                return self.nil_deref(cx);
            }
            // SAFETY: a non-nil func value is a closure object whose word 0 is the function.
            Callee::Closure(c) => (unsafe { runtime::heap::load(c as *const u64) } as u32, c),
        };
        let need = base as usize + d.args.len();
        if self.stack.len() < need {
            self.stack.resize(need, 0);
        }
        self.stack[base as usize..need].copy_from_slice(&d.args);
        if let Some(native) = self.prog.funcs[func as usize].native {
            // A deferred native (e.g. `defer mu.Unlock()`): run it in place.
            self.frames.push(Frame { func, pc: 0, base, defer_mark: self.defers.len() as u32, closure, kind: FrameKind::Deferred { panic } });
            let nregs = self.prog.funcs[func as usize].nregs.max(16);
            let want = base as usize + nregs as usize;
            if self.stack.len() < want {
                self.stack.resize(want, 0);
            }
            self.set_native_closure(closure);
            self.capture_tail = true;
            let r = self.call_native(cx, native, 0);
            self.capture_tail = false;
            self.frames.pop();
            if let Some((f, args)) = self.rare.as_mut().and_then(|r| r.tail.take()) {
                // The native hands the call to a Go function (reflect.MakeFunc): run that
                // as the deferred call (its results are discarded).
                let need = base as usize + args.len();
                if self.stack.len() < need {
                    self.stack.resize(need, 0);
                }
                self.stack[base as usize..need].copy_from_slice(&args);
                return match self.enter(cx, f, base, 0, FrameKind::Deferred { panic }) {
                    Ok(()) => Flow::Reload,
                    Err(flow) => flow,
                };
            }
            if let Some(flow) = r {
                if matches!(flow, Flow::Exit(Exit::Park(_))) {
                    // Blocked (`defer wg.Wait()`): the frame resumes at its epilogue,
                    // whose return runs this deferred call again (natives restart).
                    self.defers.push(d);
                }
                return flow;
            }
            return self.deferred_returned(cx, panic);
        }
        match self.enter(cx, func, base, closure, FrameKind::Deferred { panic }) {
            Ok(()) => Flow::Reload,
            Err(flow) => flow,
        }
    }

    /// `defer f(args)`: records the call with its evaluated arguments.
    #[inline(never)]
    pub(crate) fn defer(&mut self, callee: Callee, regs: *mut u64, base: u16, n: u16) {
        // SAFETY: the argument registers are within the frame (compiler).
        let args = unsafe { std::slice::from_raw_parts(regs.add(base as usize), n as usize) }.to_vec().into_boxed_slice();
        self.defers.push(DeferRec { callee, args });
    }

    /// Moves the most recent deferred call (recorded by the top frame) to the end of the
    /// deferred calls of frame `token & 0xffff_ffff` of goroutine `token >> 32` (`me` is
    /// this goroutine's). On this goroutine the frame must be below the top one (false,
    /// dropping the call, if not); the call for another goroutine's frame is parked until
    /// that goroutine adopts it ([`Self::adopt_defers`]).
    #[inline(never)]
    pub(crate) fn defer_to(&mut self, me: u32, token: u64) -> bool {
        let (fi, owner) = (token as u32, (token >> 32) as u32);
        let d = self.defers.pop().expect("minigo bug: no deferred call to move");
        if owner != me {
            crate::foreign_defer::park(owner, fi, d);
            return true;
        }
        if fi as usize >= self.frames.len() - 1 {
            return false;
        }
        self.defer_at_frame(fi as usize, d);
        true
    }

    /// Gives frame `token & 0xffff_ffff` the deferred calls that loop bodies run by other
    /// goroutines parked for it, in the order they were made.
    #[inline(never)]
    pub(crate) fn adopt_defers(&mut self, me: u32, token: u64) {
        let (fi, owner) = (token as u32, (token >> 32) as u32);
        if owner != me || fi as usize >= self.frames.len() {
            return;
        }
        for d in crate::foreign_defer::take(owner, fi) {
            self.defer_at_frame(fi as usize, d);
        }
    }

    /// Adds `d` as the last deferred call of frame `fi` (below the frames above it).
    fn defer_at_frame(&mut self, fi: usize, d: DeferRec) {
        if fi + 1 == self.frames.len() {
            self.defers.push(d);
            return;
        }
        let at = self.frames[fi + 1].defer_mark as usize;
        self.defers.insert(at, d);
        for f in &mut self.frames[fi + 1..] {
            f.defer_mark += 1;
        }
    }

    /// `go f(args)`.
    #[inline(never)]
    pub(crate) fn go(&mut self, cx: &mut RunContext<'_>, func: u32, closure: u64, base: u16, n: u16) {
        let frame = self.frames[self.frames.len() - 1];
        let start = frame.base as usize + base as usize;
        self.ensure_func(func);
        let args = &self.stack[start..start + n as usize];
        // `go nativeFunc(...)` (`go time.Sleep(d)`, `go wg.Wait()`) starts a goroutine whose
        // only frame is the native's: `run_native_entry` calls it there.
        let mut g = Goroutine::new(self.prog, func, closure, args, false);
        let line = self.prog.funcs[frame.func as usize].line_at(frame.pc.saturating_sub(1));
        g.created_by = (frame.func, line, cx.goroutine_id());
        cx.spawn(Box::new(g));
    }

    /// Runs the native a goroutine was started with (`go nativeFunc(args)`), its window
    /// at the bottom of the stack. The entry frame's pc says how far it got: 0, not run
    /// or parked (a parked native runs again on resume, natives being restartable); 1,
    /// done (it yielded: `go runtime.Gosched()`). `None`: a panic is under way, continue
    /// in the dispatch loop.
    #[inline(never)]
    pub(crate) fn run_native_entry(&mut self, cx: &mut RunContext<'_>, native: u32) -> Option<Exit> {
        if self.frames[0].pc != 0 {
            return Some(Exit::Done);
        }
        let nregs = self.prog.funcs[self.frames[0].func as usize].nregs.max(16) as usize;
        if self.stack.len() < nregs {
            self.stack.resize(nregs, 0);
        }
        self.set_native_closure(self.frames[0].closure);
        self.capture_tail = true;
        let r = self.call_native(cx, native, 0);
        self.capture_tail = false;
        if let Some((f, args)) = self.rare.as_mut().and_then(|r| r.tail.take()) {
            // The native hands the call to Go code (reflect.MakeFunc): that function
            // becomes the goroutine's entry.
            let nregs = self.prog.funcs[f as usize].nregs as usize;
            if self.stack.len() < nregs.max(args.len()) {
                self.stack.resize(nregs.max(args.len()), 0);
            }
            self.stack[..args.len()].copy_from_slice(&args);
            self.stack[args.len()..nregs.max(args.len())].fill(0);
            self.frames[0].func = f;
            self.frames[0].closure = 0;
            self.frames[0].pc = 0;
            return None;
        }
        match r {
            None => Some(Exit::Done),
            Some(Flow::Exit(exit)) => Some(exit),
            Some(Flow::Reload) => None,
        }
    }

    /// `go` of a nil func value: Go panics in the calling goroutine... at the call.
    #[inline(never)]
    pub(crate) fn go_nil(&mut self, cx: &mut RunContext<'_>) -> Flow {
        self.go_panic_msg(cx, "go of nil func value")
    }
}

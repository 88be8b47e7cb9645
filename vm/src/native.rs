//! Native (Rust) functions: the bodies of body-less Go declarations in the standard
//! library.
//!
//! Rule (DESIGN.md, "natives are leaves"): a native never calls back into Go code. It reads
//! its arguments from the call window, writes its results to the start of the window, and
//! may allocate, block (restartably) or raise a panic.
//!
//! No collection can happen while a native runs (collections happen in world stops, at
//! safepoints between instructions), so objects a native allocates are safe in Rust locals
//! until it stores them in the window.

use crate::exec::{iface, mem};
use crate::goroutine::{Frame, FrameKind};
use crate::program::Program;
use crate::types::{Kind, TypeDesc};
use crate::value;
use runtime::heap::ObjKind;
use runtime::{Park, RunContext};

/// What a native did.
pub enum NativeResult {
    /// Results are in the window.
    Done,
    /// Raise a runtime error panic with this message (`runtime error: ` is prepended).
    RuntimeError(String),
    /// Raise a plain runtime panic with exactly this message (`sync: negative WaitGroup
    /// counter`).
    PlainPanic(String),
    /// Raise `panic(v)` with an `any` value (2 words).
    Panic([u64; 2]),
    /// Park; the call executes again on resume with the same arguments (restartable).
    Block(Park),
    /// Exit the process with this status (os.Exit).
    Exit(i32),
    /// Go's unrecoverable `fatal error: ...`.
    Fatal(String),
    /// The program dies printing exactly this text (signals: `SIGTRAP: trace trap ...`).
    Crash(String),
    /// Yield the processor (runtime.Gosched, runtime.GC, GOMAXPROCS changes).
    Yield,
    /// runtime.Goexit: run the goroutine's deferred calls, then end it.
    Goexit,
    /// Call Go function `func` (closure object `closure`, 0 for none) with these argument
    /// words and store its result words at address `out` (reflect's `Value.Call`). The VM
    /// runs the call in a frame of its own; the native's caller continues when it returns.
    Call { func: u32, closure: u64, args: Vec<u64>, out: u64 },
    /// Call Go function `func` with these argument words; it returns a `[]uintptr` whose
    /// words become this native's results (reflect.MakeFunc's stub).
    ReturnVia { func: u32, args: Vec<u64> },
}

/// What a native may use.
pub struct NativeCtx<'a, 'b> {
    pub cx: &'a mut RunContext<'b>,
    pub prog: &'static Program,
    /// The calling goroutine's id.
    pub goid: u64,
    /// The calling goroutine's frames, outermost first; the last is the native's caller.
    pub(crate) frames: &'a [Frame],
    /// The closure object the native was called through (0 for a direct call).
    pub closure: u64,
}

/// A native: `window` holds the arguments (Go layout) and receives the results.
pub type NativeFn = fn(&mut NativeCtx<'_, '_>, &mut [u64]) -> NativeResult;

/// The function index of the `runtime.gopanic` frame Go shows below a panic's deferred
/// calls (no such function exists in a minigo program).
const GOPANIC: u32 = u32::MAX;

fn gopanic_frame() -> CallerFrame {
    CallerFrame {
        func: GOPANIC,
        pc: ((GOPANIC as u64) << 32) | 1,
        name: "runtime.gopanic".into(),
        file: "$GOROOT/src/runtime/panic.go".into(),
        line: 770,
    }
}

/// One frame of the calling goroutine, as `runtime.Caller` reports it.
#[derive(Clone, Debug)]
pub struct CallerFrame {
    pub func: u32,
    /// A program counter value unique to (function, instruction): `func << 32 | pc + 1`.
    pub pc: u64,
    pub name: String,
    pub file: String,
    pub line: u32,
}

impl NativeCtx<'_, '_> {
    /// The bytes of the string `(ptr, len)` held in two window words.
    pub fn str<'s>(&self, ptr: u64, len: u64) -> &'s [u8] {
        // SAFETY: string words in the window are live (they are in a frame, a GC root) and
        // no collection runs during a native.
        unsafe { value::bytes(ptr, len) }
    }

    /// A new Go string with these bytes: `(ptr, len)`.
    pub fn new_string(&mut self, s: &[u8]) -> [u64; 2] {
        [mem::alloc_bytes(self.cx, s), s.len() as u64]
    }

    /// A new `[]byte` with these bytes (`nil` for an empty input when `nil_if_empty`).
    pub fn new_bytes(&mut self, s: &[u8]) -> [u64; 3] {
        let n = s.len() as u64;
        [mem::alloc_bytes(self.cx, s), n, n]
    }

    /// `n` zeroed words; `pointers`: the collector scans them (each word that is a heap
    /// address is kept alive).
    pub fn alloc_words(&mut self, n: usize, pointers: bool) -> u64 {
        if n == 0 {
            return runtime::heap::zero_base() as u64;
        }
        let kind = if pointers { ObjKind::Scan(self.prog.ptr_shape) } else { ObjKind::Noscan };
        self.cx.alloc().alloc(kind, n) as u64
    }

    /// A new slice of strings: `(ptr, len, cap)`.
    pub fn new_string_slice<S: AsRef<[u8]>>(&mut self, items: &[S]) -> [u64; 3] {
        if items.is_empty() {
            return [0, 0, 0];
        }
        let p = self.alloc_words(items.len() * 2, true);
        for (i, s) in items.iter().enumerate() {
            let w = self.new_string(s.as_ref());
            // SAFETY: the new object has 2 words per item.
            unsafe { value::write_words(p + 16 * i as u64, &w) };
        }
        let n = items.len() as u64;
        [p, n, n]
    }

    /// A new slice of `any` values: `(ptr, len, cap)`.
    pub fn new_any_slice(&mut self, items: &[[u64; 2]]) -> [u64; 3] {
        if items.is_empty() {
            return [0, 0, 0];
        }
        let p = self.alloc_words(items.len() * 2, true);
        for (i, v) in items.iter().enumerate() {
            // SAFETY: the new object has 2 words per item.
            unsafe { value::write_words(p + 16 * i as u64, v) };
        }
        let n = items.len() as u64;
        [p, n, n]
    }

    /// A zeroed heap object for one value of type `t`.
    pub fn new_object(&mut self, t: &TypeDesc) -> u64 {
        if t.size == 0 {
            return runtime::heap::zero_base() as u64;
        }
        mem::alloc_array(self.cx, t, 1)
    }

    /// `n` zeroed elements of type `t` (a slice's backing array).
    pub fn alloc_array(&mut self, t: &TypeDesc, n: u64) -> u64 {
        if n == 0 || t.stride == 0 {
            return runtime::heap::zero_base() as u64;
        }
        mem::alloc_array(self.cx, t, n)
    }

    /// A new map of map type `t` (the word of a map value).
    pub fn make_map(&mut self, t: &TypeDesc, hint: usize) -> u64 {
        let m = crate::map::GoMap::new(self.prog, self.prog.ty(t.key), self.prog.ty(t.elem), hint);
        self.cx.alloc().alloc_native(m) as u64
    }

    /// The data word of an interface holding a value of type `t` given in `words`.
    pub fn box_value(&mut self, t: &TypeDesc, words: &[u64]) -> u64 {
        iface::box_value(self.cx, t, words)
    }

    /// An `any` holding a value of static type `t`. If `t` is an interface type, the
    /// result is the interface's dynamic value (an `any` view of it).
    pub fn to_any(&mut self, t: &'static TypeDesc, words: &[u64]) -> [u64; 2] {
        if t.kind == Kind::Interface {
            return match value::dyn_type(words[0], t.iface_methods.is_empty()) {
                None => [0, 0],
                Some(dt) => [dt as *const TypeDesc as u64, words[1]],
            };
        }
        [t as *const TypeDesc as u64, self.box_value(t, words)]
    }

    /// The unnamed predeclared type of this kind (`uint8`, `int`, `string`, ...).
    pub fn basic(&self, kind: Kind) -> Option<&'static TypeDesc> {
        self.prog.basic(kind)
    }

    /// The raw frames of the calling goroutine, innermost first, skipping `skip` frames
    /// (0: the native's caller). Panic-printing frames are not reported.
    pub fn callers(&self, skip: usize) -> Vec<CallerFrame> {
        let prog = self.prog;
        let mut out = Vec::new();
        let mut above: Option<FrameKind> = None;
        for f in self.frames.iter().rev().filter(|f| f.kind != FrameKind::PanicPrint) {
            let func = &prog.funcs[f.func as usize];
            // A saved pc is a return address (the call instruction is the one before),
            // except below a deferred call run at a return: there it is the epilogue the
            // frame resumes at.
            let pc = if above == Some(FrameKind::Deferred { panic: None }) { f.pc } else { f.pc.saturating_sub(1) };
            above = Some(f.kind);
            out.push(CallerFrame {
                func: f.func,
                pc: ((f.func as u64) << 32) | (pc as u64 + 1),
                name: func.name.clone(),
                file: func.file_at(&prog.files, pc).to_string(),
                line: func.line_at(pc),
            });
            if matches!(f.kind, FrameKind::Deferred { panic: Some(_) }) {
                // Go runs the deferred calls of a panic from runtime.gopanic.
                out.push(gopanic_frame());
            }
        }
        out.into_iter().skip(skip).collect()
    }

    /// Function, file and line of a pc from [`CallerFrame::pc`].
    pub fn pc_info(&self, pc: u64) -> Option<CallerFrame> {
        if pc >> 32 == GOPANIC as u64 {
            return Some(gopanic_frame());
        }
        let mut func = (pc >> 32) as u32;
        let mut at = (pc & 0xffff_ffff) as u32;
        let mut f = self.prog.funcs.get(func as usize)?;
        if at == 0 {
            return None;
        }
        // Past the end of a function: functions are laid out one after another.
        while at as usize > f.code.len() {
            at -= f.code.len() as u32;
            func += 1;
            f = self.prog.funcs.get(func as usize)?;
        }
        Some(CallerFrame {
            func,
            pc,
            name: f.name.clone(),
            file: f.file_at(&self.prog.files, at - 1).to_string(),
            line: f.line_at(at - 1),
        })
    }

    /// The calling goroutine's traceback as a panic prints it (`goroutine N [running]:`
    /// and its frames).
    pub fn stack_trace(&self) -> String {
        let mut s = format!("goroutine {} [running]:\n", self.goid);
        for f in self.callers(0) {
            if f.name.ends_with("-fm") {
                continue; // wrappers are hidden, as in panic tracebacks
            }
            let args = match self.prog.funcs.get(f.func as usize) {
                Some(func) if func.param_words == 0 => "()",
                _ => "(...)",
            };
            s.push_str(&format!("{}{}\n\t{}:{} +{:#x}\n", f.name, args, f.file, f.line, ((f.pc & 0xffff_ffff) - 1) * 4));
        }
        s
    }
}

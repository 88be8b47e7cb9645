//! Panics, `recover`, and the report of an unrecovered panic.
//!
//! A panic unwinds inside the dispatch loop, never through Rust unwinding:
//! 1. the panic value is pushed on `panics` (with the traceback of the panicking point);
//! 2. while the top frame has deferred calls, the last one runs in a frame of kind
//!    `Deferred { panic }`; a `recover()` called directly by it marks the panic recovered;
//! 3. when such a deferred call returns: if the panic was recovered, the deferring frame
//!    continues at its epilogue (it returns normally, running its remaining defers);
//!    otherwise unwinding continues;
//! 4. a frame without deferred calls left is popped; below the goroutine's first frame the
//!    program dies: `panic: <value>` (after calling its `Error`/`String` method in a
//!    `PanicPrint` frame), the goroutine's traceback, exit status 2.

use super::Flow;
use crate::goroutine::{FrameKind, Goroutine, PanicRec};
use crate::types::Kind;
use crate::value;
use runtime::{Exit, RunContext};

impl Goroutine {
    #[cold]
    #[inline(never)]
    pub(crate) fn index_error(&mut self, cx: &mut RunContext<'_>, idx: u64, len: u64) -> Flow {
        self.bounds_error(cx, idx as i64, len, bounds::INDEX)
    }

    /// A failed bounds check: panics with a `runtime.boundsError` (or, in a program
    /// without package runtime's types, an error with the same text).
    #[cold]
    #[inline(never)]
    pub(crate) fn bounds_error(&mut self, cx: &mut RunContext<'_>, x: i64, y: u64, code: u8) -> Flow {
        match self.bounds_value(cx, x, y, code) {
            Some(v) => self.go_panic(cx, v),
            None => self.runtime_error(cx, bounds::text(x, y, code)),
        }
    }

    /// The `any` value of a `runtime.boundsError{x, y, signed: true, code}`.
    fn bounds_value(&mut self, cx: &mut RunContext<'_>, x: i64, y: u64, code: u8) -> Option<[u64; 2]> {
        let t = self.prog.ty(self.prog.special.bounds_error?);
        let [fx, fy, fs, fc] = t.fields.as_slice() else { return None };
        let p = super::mem::new_object(cx, t);
        // SAFETY: a fresh zeroed object of the struct's size; the offsets are its fields'
        // (x and y are words, signed and code bytes).
        unsafe {
            ((p + fx.offset as u64) as *mut i64).write_unaligned(x);
            ((p + fy.offset as u64) as *mut u64).write_unaligned(y);
            ((p + fs.offset as u64) as *mut u8).write(1);
            ((p + fc.offset as u64) as *mut u8).write(code);
        }
        Some([t as *const _ as u64, p])
    }

    /// A failed type assertion or interface conversion: panics with a
    /// `*runtime.TypeAssertionError` (see its fields in runtime.go).
    #[cold]
    #[inline(never)]
    pub(crate) fn assertion_error(&mut self, cx: &mut RunContext<'_>, iface: &str, concrete: &str, asserted: &str, missing: &str) -> Flow {
        let prog = self.prog;
        let value = prog.special.type_assertion_error.and_then(|pt| {
            let pt = prog.ty(pt);
            let st = prog.ty(pt.elem);
            let fields: Vec<u32> = st.fields.iter().map(|f| f.offset).collect();
            if fields.len() != 4 {
                return None;
            }
            let texts = [iface, concrete, asserted, missing];
            let strings: Vec<u64> = texts.iter().map(|s| super::mem::alloc_bytes(cx, s.as_bytes())).collect();
            let obj = super::mem::new_object(cx, st);
            for ((off, s), text) in fields.iter().zip(&strings).zip(texts) {
                // SAFETY: a fresh object; each field is a string (2 words) at its offset.
                unsafe { value::write_words(obj + *off as u64, &[*s, text.len() as u64]) };
            }
            Some([pt as *const _ as u64, obj])
        });
        match value {
            Some(v) => self.go_panic(cx, v),
            None => {
                let inter = if iface.is_empty() { "interface" } else { iface };
                let msg = if concrete.is_empty() {
                    format!("interface conversion: {inter} is nil, not {asserted}")
                } else if !missing.is_empty() {
                    format!("interface conversion: {concrete} is not {asserted}: missing method {missing}")
                } else if concrete == asserted {
                    format!("interface conversion: {inter} is {concrete}, not {asserted} (types from different scopes)")
                } else {
                    format!("interface conversion: {inter} is {concrete}, not {asserted}")
                };
                self.throw(cx, msg)
            }
        }
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn divide_error(&mut self, cx: &mut RunContext<'_>) -> Flow {
        self.runtime_error(cx, "integer divide by zero".into())
    }

    /// A runtime error: `runtime error: <msg>`.
    #[inline(never)]
    pub(crate) fn runtime_error(&mut self, cx: &mut RunContext<'_>, msg: String) -> Flow {
        self.throw(cx, format!("runtime error: {}", msg))
    }

    #[inline(never)]
    pub(crate) fn nil_deref(&mut self, cx: &mut RunContext<'_>) -> Flow {
        // Go gets these from a SIGSEGV; its report says so.
        self.signal = true;
        self.runtime_error(cx, "invalid memory address or nil pointer dereference".into())
    }

    /// A runtime panic with the exact message (a `runtime.Error`).
    #[inline(never)]
    pub(crate) fn throw(&mut self, cx: &mut RunContext<'_>, msg: String) -> Flow {
        let v = self.error_value(cx, &msg);
        self.go_panic(cx, v)
    }

    /// A plain runtime panic without the "runtime error: " prefix.
    #[inline(never)]
    pub(crate) fn go_panic_msg(&mut self, cx: &mut RunContext<'_>, msg: &str) -> Flow {
        self.throw(cx, msg.to_string())
    }

    /// The `any` value of a runtime error with message `msg`: a `runtime.errorString`
    /// holding the text after `runtime error: `, or a `runtime.plainError` (both string
    /// types implementing `runtime.Error`).
    #[inline(never)]
    pub(crate) fn error_value(&mut self, cx: &mut RunContext<'_>, msg: &str) -> [u64; 2] {
        let prog = self.prog;
        let special = prog.special;
        // Bounds failures raised by text (natives, the slice-to-array conversion).
        if let Some((x, y, code)) = msg.strip_prefix("runtime error: ").and_then(bounds::parse) {
            if let Some(v) = self.bounds_value(cx, x, y, code) {
                return v;
            }
        }
        let (t, text) = match msg.strip_prefix("runtime error: ") {
            Some(rest) if special.runtime_error.is_some() => (special.runtime_error, rest),
            _ if special.plain_error.is_some() => (special.plain_error, msg),
            _ => (None, msg),
        };
        let t = prog.ty(t.unwrap_or(special.string));
        let s = super::mem::alloc_bytes(cx, text.as_bytes());
        let p = super::mem::new_object(cx, t);
        // SAFETY: a fresh object of 2 words (a string).
        unsafe { value::write_words(p, &[s, text.len() as u64]) };
        [t as *const _ as u64, p]
    }

    /// `panic(v)`.
    #[inline(never)]
    pub(crate) fn go_panic(&mut self, cx: &mut RunContext<'_>, v: [u64; 2]) -> Flow {
        let v = if v[0] != 0 {
            v
        } else if let Some(t) = self.prog.special.panic_nil_error {
            // Go 1.21: panic(nil) raises a *runtime.PanicNilError.
            let t = self.prog.ty(t);
            let obj = super::mem::new_object(cx, self.prog.ty(t.elem));
            [t as *const _ as u64, obj]
        } else {
            self.error_value(cx, "panic called with nil argument")
        };
        // The panicking frame's pc is at the faulting instruction; make it a return
        // address like every other frame's (the frame resumes at its epilogue, if at all).
        let top = self.frames.len() - 1;
        self.frames[top].pc += 1;
        let signal = std::mem::take(&mut self.signal);
        self.panics.push(PanicRec { value: v, recovered: false, goexit: false, cursor: top as u32, signal });
        self.unwind(cx)
    }

    /// `runtime.Goexit()`: unwinds like a panic that `recover` cannot stop.
    #[inline(never)]
    pub(crate) fn goexit(&mut self, cx: &mut RunContext<'_>) -> Flow {
        let top = self.frames.len() as u32 - 1;
        self.panics.push(PanicRec { value: [0, 0], recovered: false, goexit: true, cursor: top, signal: false });
        self.unwind(cx)
    }

    /// Continues unwinding for the innermost panic: runs the deferred calls of the frame
    /// at its cursor, moving the cursor down frame by frame.
    #[inline(never)]
    pub(crate) fn unwind(&mut self, cx: &mut RunContext<'_>) -> Flow {
        let pi = self.panics.len() - 1;
        loop {
            let ci = self.panics[pi].cursor as usize;
            let frame = self.frames[ci];
            if self.defers.len() > frame.defer_mark as usize {
                return self.run_defer_at(cx, ci, Some(pi as u32));
            }
            let bottom = ci == 0 || matches!(frame.kind, FrameKind::Entry | FrameKind::Main | FrameKind::PanicPrint);
            if bottom {
                if self.panics[pi].goexit && frame.kind != FrameKind::PanicPrint {
                    // runtime.Goexit ran every deferred call: the goroutine ends.
                    self.frames.clear();
                    self.panics.clear();
                    return Flow::Exit(Exit::Goexit);
                }
                return self.fatal_panic(cx);
            }
            self.panics[pi].cursor -= 1;
        }
    }

    /// A deferred call returned normally.
    #[inline(never)]
    pub(crate) fn deferred_returned(&mut self, cx: &mut RunContext<'_>, panic: Option<u32>) -> Flow {
        let Some(p) = panic else { return Flow::Reload };
        let p = p as usize;
        if p < self.panics.len() && self.panics[p].recovered {
            // The deferring function returns normally from its epilogue: the frames above it
            // (the panicking ones) go, and so does every panic unwinding them.
            let ci = self.panics[p].cursor;
            let gone = self.frames[ci as usize + 1..].iter().filter(|f| f.kind == FrameKind::Reflect).count();
            if let Some(r) = self.rare.as_mut() {
                r.reflect_outs.truncate(r.reflect_outs.len().saturating_sub(gone));
            }
            self.frames.truncate(ci as usize + 1);
            let f = self.frames[ci as usize].func;
            self.frames[ci as usize].pc = self.prog.funcs[f as usize].epilogue;
            self.panics.retain(|q| q.cursor < ci);
            return Flow::Reload;
        }
        self.unwind(cx)
    }

    /// `recover()`: stops the innermost panic when called directly by a function the
    /// panic's unwinding deferred. `deferred` (`defer recover()`): the builtin itself was
    /// deferred; it counts as a call by the deferring function, so it recovers only when
    /// run at that function's normal return and that function is such a deferred call.
    #[inline(never)]
    pub(crate) fn recover(&mut self, deferred: bool) -> [u64; 2] {
        let n = self.frames.len();
        let caller = if deferred {
            match self.frames[n - 1].kind {
                FrameKind::Deferred { panic: None } if n >= 2 => self.frames[n - 2],
                _ => return [0, 0],
            }
        } else {
            self.frames[n - 1]
        };
        if let FrameKind::Deferred { panic: Some(p) } = caller.kind {
            let p = p as usize;
            if p + 1 == self.panics.len() && !self.panics[p].recovered && !self.panics[p].goexit {
                self.panics[p].recovered = true;
                return self.panics[p].value;
            }
        }
        [0, 0]
    }

    /// The program dies of the current panics: builds Go's report, calling `Error()` or
    /// `String()` of the values through `PanicPrint` frames first.
    #[inline(never)]
    fn fatal_panic(&mut self, cx: &mut RunContext<'_>) -> Flow {
        let rare = self.rare();
        if rare.fatal_text.is_none() {
            rare.fatal_text = Some(String::new());
            rare.fatal_next = 0;
        }
        self.continue_fatal(cx)
    }

    #[inline(never)]
    fn continue_fatal(&mut self, cx: &mut RunContext<'_>) -> Flow {
        let prog = self.prog;
        while self.rare().fatal_next < self.panics.len() {
            let i = self.rare().fatal_next;
            self.rare().fatal_next += 1;
            if self.panics[i].goexit {
                continue;
            }
            let v = self.panics[i].value;
            let prefix = if i == 0 { "panic: " } else { "\tpanic: " };
            let t = value::dyn_type(v[0], true);
            // A method `Error() string` or `String() string` is called to print the value.
            if let Some(t) = t {
                let methods = t.methods.read();
                let m = methods.iter().find(|m| m.name == "Error").or_else(|| methods.iter().find(|m| m.name == "String")).cloned();
                drop(methods);
                if let Some(m) = m {
                    let f = &prog.funcs[m.func as usize];
                    if f.param_words == 1 && f.result_words == 2 {
                        self.rare().fatal_text.as_mut().unwrap().push_str(prefix);
                        let top = self.frames.len() - 1;
                        let base = self.frames[top].base + prog.funcs[self.frames[top].func as usize].nregs;
                        let need = base as usize + f.nregs as usize + 1;
                        if self.stack.len() < need {
                            self.stack.resize(need, 0);
                        }
                        self.stack[base as usize] = v[1];
                        if let Some(native) = f.native {
                            let _ = native;
                        } else {
                            return match self.enter(cx, m.func, base, 0, FrameKind::PanicPrint) {
                                Ok(()) => Flow::Reload,
                                Err(flow) => flow,
                            };
                        }
                    }
                }
            }
            let text = format_panic_value(prog, v);
            let recovered = self.panics[i].recovered;
            let s = self.rare().fatal_text.as_mut().unwrap();
            s.push_str(prefix);
            s.push_str(&indent(&text));
            if recovered {
                s.push_str(" [recovered]");
            }
            s.push('\n');
        }
        let mut text = self.rare().fatal_text.take().unwrap_or_default();
        if self.panics.iter().any(|p| p.signal) {
            text.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        if let Some(last) = self.panics.last() {
            text.push_str(&format!("\ngoroutine {} [running]:\n", cx.goroutine_id()));
            if !last.goexit {
                // The frames as the innermost panic left them: unwinding pops none (deferred
                // calls run on top and return; only a recovery truncates, and then an older
                // panic's frames are what remains), so no copy is kept per panic (a chain of
                // nested panics would make that quadratic).
                let frames: Vec<(u32, u32)> = self.frames.iter().rev().filter(|f| f.kind != FrameKind::PanicPrint).map(|f| (f.func, f.pc)).collect();
                format_frames(self.prog, &frames, false, &mut text);
            }
            format_created_by(self, &mut text);
        }
        Flow::Exit(Exit::Fatal(text.trim_end_matches('\n').to_string()))
    }

    /// The `Error()`/`String()` call of a panic being printed returned (result at its base).
    #[inline(never)]
    pub(crate) fn panic_print_returned(&mut self, cx: &mut RunContext<'_>) -> Flow {
        let top = self.frames.len() - 1;
        let base = (self.frames[top].base + self.prog.funcs[self.frames[top].func as usize].nregs) as usize;
        let (p, n) = (self.stack[base], self.stack[base + 1]);
        // SAFETY: the method returned a live string in its result registers.
        let s = String::from_utf8_lossy(unsafe { value::bytes(p, n) }).into_owned();
        let i = self.rare().fatal_next - 1;
        let recovered = self.panics[i].recovered;
        let t = self.rare().fatal_text.as_mut().unwrap();
        t.push_str(&indent(&s));
        if recovered {
            t.push_str(" [recovered]");
        }
        t.push('\n');
        self.continue_fatal(cx)
    }
}

/// Go's `printindented`: continuation lines of a panic message are indented by a tab.
fn indent(s: &str) -> String {
    s.replace('\n', "\n\t")
}

/// The report of a `fatal error: msg` raised in goroutine `g`, with its stack.
pub(crate) fn fatal_report(g: &Goroutine, goid: u64, msg: &str) -> String {
    let mut text = format!("fatal error: {}\n\ngoroutine {} [running]:\n", msg, goid);
    traceback_frames(g, &mut text, true);
    text.trim_end_matches('\n').to_string()
}

/// Go's `printpanicval`: how the runtime prints a panic value without methods.
#[inline(never)]
pub(crate) fn format_panic_value(_prog: &crate::program::Program, v: [u64; 2]) -> String {
    let Some(t) = value::dyn_type(v[0], true) else { return "nil".into() };
    let mut w = vec![0u64; t.words.max(1) as usize];
    value::unbox(t, v[1], &mut w);
    let basic = match t.kind {
        Kind::Bool => Some(if w[0] != 0 { "true".to_string() } else { "false".to_string() }),
        Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => Some((w[0] as i64).to_string()),
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => Some(w[0].to_string()),
        Kind::Float64 => Some(super::ops::runtime_float(f64::from_bits(w[0]))),
        Kind::Float32 => Some(super::ops::runtime_float(f32::from_bits(w[0] as u32) as f64)),
        Kind::Complex128 => Some(format!("({}{}i)", super::ops::runtime_float(f64::from_bits(w[0])), super::ops::runtime_float(f64::from_bits(w[1])))),
        // SAFETY: a string value is a live (ptr, len) pair.
        Kind::String => Some(String::from_utf8_lossy(unsafe { value::bytes(w[0], w[1]) }).into_owned()),
        _ => None,
    };
    match basic {
        Some(s) if t.named => {
            if t.kind == Kind::String {
                format!("{}(\"{}\")", t.name, s)
            } else {
                format!("{}({})", t.name, s)
            }
        }
        Some(s) => s,
        None => format!("({}) {:#x}", t.name, v[1]),
    }
}

/// Appends the frames of a goroutine that is not running (parked or runnable), innermost
/// first, as Go's goroutine dump prints them.
#[inline(never)]
pub fn traceback(g: &Goroutine, out: &mut String) {
    traceback_frames(g, out, true);
}

/// `top_at_op`: the innermost frame's pc is the instruction it stopped at (a parked
/// goroutine); every other saved pc is a return address (the instruction after a call).
#[inline(never)]
pub(crate) fn traceback_frames(g: &Goroutine, out: &mut String, top_at_op: bool) {
    let frames: Vec<(u32, u32)> = g.frames.iter().rev().filter(|f| f.kind != FrameKind::PanicPrint).map(|f| (f.func, f.pc)).collect();
    format_frames(g.prog, &frames, top_at_op, out);
    format_created_by(g, out);
}

/// Formats frames (function, saved pc), innermost first, as Go prints them.
fn format_frames(prog: &crate::program::Program, frames: &[(u32, u32)], top_at_op: bool, out: &mut String) {
    for (i, &(fi, saved)) in frames.iter().enumerate() {
        let func = &prog.funcs[fi as usize];
        if func.name.ends_with("-fm") {
            // Method-value wrappers are hidden, as Go hides its autogenerated wrappers.
            continue;
        }
        let args = if func.param_words == 0 { "()" } else { "(...)" };
        let pc = if top_at_op && i == 0 { saved } else { saved.saturating_sub(1) };
        let line = func.line_at(pc);
        let file = func.file_at(&prog.files, pc);
        out.push_str(&format!("{}{}\n\t{}:{} +{:#x}\n", func.name, args, file, line, pc * 4));
    }
}

/// The `created by` lines of a goroutine other than main.
fn format_created_by(g: &Goroutine, out: &mut String) {
    let prog = g.prog;
    let (func, line, goid) = g.created_by;
    if func != crate::goroutine::NO_CREATOR.0 {
        let f = &prog.funcs[func as usize];
        let file = prog.files.get(f.file as usize).map(String::as_str).unwrap_or("?");
        out.push_str(&format!("created by {} in goroutine {}\n\t{}:{} +{:#x}\n", f.name, goid, file, line, 0));
    }
}

/// Go's `runtime.boundsError` codes (its `%#v` shows them) and texts.
pub(crate) mod bounds {
    pub const INDEX: u8 = 0;
    pub const SLICE_LEN: u8 = 1;
    pub const SLICE_CAP: u8 = 2;
    pub const SLICE_LOW: u8 = 3;
    pub const SLICE3_CAP: u8 = 5;
    pub const SLICE3_HIGH: u8 = 6;
    pub const SLICE3_LOW: u8 = 7;
    pub const CONVERT: u8 = 8;

    /// The text after "runtime error: " (as runtime.boundsError's Error method says it):
    /// a negative offending value is shown without the limit.
    pub fn text(x: i64, y: u64, code: u8) -> String {
        let neg = x < 0;
        let what = |len: bool| if len { "length" } else { "capacity" };
        match code {
            INDEX if neg => format!("index out of range [{x}]"),
            INDEX => format!("index out of range [{x}] with length {y}"),
            1 | 2 if neg => format!("slice bounds out of range [:{x}]"),
            1 | 2 => format!("slice bounds out of range [:{x}] with {} {y}", what(code == SLICE_LEN)),
            SLICE_LOW if neg => format!("slice bounds out of range [{x}:]"),
            SLICE_LOW => format!("slice bounds out of range [{x}:{y}]"),
            4 | 5 if neg => format!("slice bounds out of range [::{x}]"),
            4 | 5 => format!("slice bounds out of range [::{x}] with {} {y}", what(code == 4)),
            SLICE3_HIGH if neg => format!("slice bounds out of range [:{x}:]"),
            SLICE3_HIGH => format!("slice bounds out of range [:{x}:{y}]"),
            SLICE3_LOW if neg => format!("slice bounds out of range [{x}::]"),
            SLICE3_LOW => format!("slice bounds out of range [{x}:{y}:]"),
            _ => format!("cannot convert slice with length {y} to array or pointer to array with length {x}"),
        }
    }

    /// Recognizes the index and conversion texts raised as strings.
    pub fn parse(text: &str) -> Option<(i64, u64, u8)> {
        if let Some(rest) = text.strip_prefix("index out of range [") {
            let (x, rest) = rest.split_once(']')?;
            let x: i64 = x.parse().ok()?;
            let y = match rest.strip_prefix(" with length ") {
                Some(y) => y.parse().ok()?,
                None if rest.is_empty() && x < 0 => 0,
                None => return None,
            };
            return Some((x, y, INDEX));
        }
        let rest = text.strip_prefix("cannot convert slice with length ")?;
        let (y, x) = rest.split_once(" to array or pointer to array with length ")?;
        Some((x.parse().ok()?, y.parse().ok()?, CONVERT))
    }
}

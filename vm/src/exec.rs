//! The dispatch loop.
//!
//! Hot state lives in locals: `ip`, `regs` (a pointer to the current frame's register 0)
//! and `code`; the preemption budget stays behind a reference. The rule (Lua's `savepc`/`Protect`): before
//! anything that can panic, call, park, yield or grow the stack, the pc is written back
//! to the frame; after anything that can change frames or grow the stack, the frame state
//! is reloaded (`break Flow::Reload`).
//!
//! Register accesses are unchecked: the compiler sizes every frame (`Func::nregs`) to
//! cover every register its code names, and calls grow the stack before entering a frame.

mod call;
mod chan;
pub(crate) mod iface;
pub(crate) mod mem;
mod ops;
mod panic;

use crate::goroutine::{Frame, FrameKind, Goroutine};
use crate::op::Op;
use runtime::{Exit, RunContext};

/// Instructions-worth of budget between safepoint checks (charged at back-edges and calls).
const BUDGET: i32 = 4096;


/// What the inner loop asks the outer loop to do.
pub(crate) enum Flow {
    /// The frame stack changed (or state was saved): reload and continue.
    Reload,
    /// Leave the goroutine.
    Exit(Exit),
}

/// Runs the goroutine until it parks, yields, finishes or fails.
pub fn run(g: &mut Goroutine, cx: &mut RunContext<'_>) -> Exit {
    if let Some(p) = crate::repl::newer(g.prog) {
        g.prog = p;
    }
    if g.frames.len() == 1 {
        if let Some(native) = g.prog.funcs[g.frames[0].func as usize].native {
            if let Some(exit) = g.run_native_entry(cx, native) {
                return exit;
            }
        }
    }
    // An interrupted goroutine (REPL Ctrl-C) yields at its first safepoint.
    let mut budget = if cx.interrupted() { 1 } else { BUDGET };
    loop {
        match run_frame(g, cx, &mut budget) {
            Flow::Reload => continue,
            Flow::Exit(e) => return e,
        }
    }
}

/// Executes instructions of the top frame until control leaves it.
#[allow(unused_unsafe)]
fn run_frame(g: &mut Goroutine, cx: &mut RunContext<'_>, budget: &mut i32) -> Flow {
    let prog = g.prog;
    // The budget stays in memory (behind `budget`), charged only at back-edges, calls and
    // memory-heavy operations: kept in a local it competed with `ip` for a machine register,
    // and LLVM moved `ip` to the stack (a load and a store on every dispatch). As a field
    // of the goroutine record it ran fewer instructions (`decl` in memory) but loop.go took
    // 30% more time.
    // Calls and returns that need nothing special switch frames in place (`enter_frame!`,
    // `resume_caller!`); everything else leaves with `Flow::Reload` or reloads the top
    // frame's state with `continue 'frame`.
    let flow = 'frame: loop {
    // Few values live across instructions (ip, regs, code), so that they stay in
    // machine registers: the frame index is `g.frames.len() - 1` and the frame's base is
    // recomputed from `regs` where needed.
    let frame = g.frames[g.frames.len() - 1];
    let mut code = prog.funcs[frame.func as usize].code.as_ptr();
    // SAFETY: `frame.pc` is within the function's code (saved by this loop or 0).
    let mut ip: *const Op = unsafe { code.add(frame.pc as usize) };
    // SAFETY: `frame.base + func.nregs <= stack.len()` is established by every frame push
    // (`call::enter` and the fast path below) and the stack is not resized while `regs` is
    // in use (every operation that may resize it leaves through `Flow::Reload` or
    // `continue 'frame`, or recomputes `regs`).
    let mut regs: *mut u64 = unsafe { g.stack.as_mut_ptr().add(frame.base as usize) };

    macro_rules! r {
        ($i:expr) => {
            // SAFETY: register indices are below `func.nregs` (compiler invariant).
            unsafe { *regs.add($i as usize) }
        };
    }
    macro_rules! w {
        ($i:expr, $v:expr) => {{
            let v = $v;
            // SAFETY: as for `r!`.
            unsafe { *regs.add($i as usize) = v };
        }};
    }
    // Entry `k` of the constant pool.
    macro_rules! konst {
        ($k:expr) => {
            // SAFETY: constant indices are within the pool (compiler invariant).
            unsafe { *prog.consts.get_unchecked($k as usize) }
        };
    }
    // The pc of the next instruction.
    macro_rules! pc {
        () => {
            // SAFETY: `ip` and `code` point into the same code vector.
            unsafe { ip.offset_from(code) as usize }
        };
    }
    // The current frame's record: the top one.
    macro_rules! frame_rec {
        () => {{
            let top = g.frames.len() - 1;
            // SAFETY: a goroutine that runs instructions has at least one frame.
            unsafe { g.frames.get_unchecked_mut(top) }
        }};
    }
    // The index in the stack of the current frame's register 0.
    macro_rules! frame_base {
        () => {
            // SAFETY: `regs` points into the stack.
            unsafe { regs.offset_from(g.stack.as_ptr()) as usize }
        };
    }
    macro_rules! save {
        () => {
            frame_rec!().pc = pc!() as u32
        };
    }
    macro_rules! save_at_op {
        () => {
            frame_rec!().pc = (pc!() - 1) as u32
        };
    }
    macro_rules! jump {
        ($off:expr) => {{
            let off = $off as isize;
            // SAFETY: jump targets are inside the code (compiler invariant).
            ip = unsafe { ip.offset(off) };
            if off < 0 {
                *budget -= 1;
                if *budget <= 0 {
                    *budget = BUDGET;
                    save!();
                    if cx.safepoint() {
                        break 'frame Flow::Exit(Exit::Yield);
                    }
                }
            }
        }};
    }
    // A jump known to go backwards (the step-and-test of a counting loop): charges the
    // budget without testing the offset's sign.
    macro_rules! jump_back {
        ($off:expr) => {{
            debug_assert!(($off) < 0);
            // SAFETY: as for `jump!`.
            ip = unsafe { ip.offset($off as isize) };
            *budget -= 1;
            if *budget <= 0 {
                *budget = BUDGET;
                save!();
                if cx.safepoint() {
                    break 'frame Flow::Exit(Exit::Yield);
                }
            }
        }};
    }
    // Charges the budget for an operation that touched `bytes` bytes of memory (copy,
    // append, concatenation, conversion, make, clear), so a loop of large operations
    // reaches its safepoint as soon as a loop of many small instructions would: one unit
    // per 256 bytes (a memory-bound byte costs a fraction of an instruction).
    macro_rules! charge {
        ($bytes:expr) => {{
            let units = ($bytes as u64 >> 8).min(1 << 28) as i32;
            *budget = budget.saturating_sub(units);
        }};
    }
    // A call of function `$callee` with its argument window at register `$base` (`$closure`:
    // the closure object, or 0). A Go function whose frame fits the stack is entered in
    // place: its registers beyond the arguments are not zeroed (the compiler initializes
    // every variable before use, and stale words are harmless to the collector, which
    // validates every candidate pointer). Natives, stack growth and the safepoint of an
    // exhausted budget go through `Goroutine::call`, and so does a call that needs more
    // room for frame records: the stack limit is checked whenever the register stack or
    // the frame records grow (`Goroutine::enter`).
    macro_rules! call {
        ($callee:expr, $base:expr, $closure:expr) => {{
            let (callee, window, closure): (u32, u16, u64) = ($callee, $base, $closure);
            save!();
            *budget -= 1;
            let new_base = frame_base!() + window as usize;
            match prog.funcs.get(callee as usize) {
                Some(f) if f.native.is_none() && new_base + f.nregs as usize <= g.stack.len() && *budget > 0 && g.frames.len() < g.frames.capacity() => {
                    let frame = Frame { func: callee, pc: 0, base: new_base as u32, defer_mark: g.defers.len() as u32, closure, kind: FrameKind::Normal };
                    // SAFETY: there is room for the record (checked above).
                    unsafe { push_within_capacity(&mut g.frames, frame) };
                    code = f.code.as_ptr();
                    ip = code;
                    // SAFETY: the callee's registers end within the stack (checked above).
                    regs = unsafe { regs.add(window as usize) };
                }
                _ => {
                    let flow = g.call(cx, callee, window, closure);
                    if *budget <= 0 && matches!(flow, Flow::Reload) {
                        *budget = BUDGET;
                        if cx.safepoint() {
                            break 'frame Flow::Exit(Exit::Yield);
                        }
                    }
                    break 'frame flow;
                }
            }
        }};
    }
    macro_rules! protect {
        ($e:expr) => {{
            save_at_op!();
            match $e {
                Ok(v) => v,
                Err(flow) => break 'frame flow,
            }
        }};
    }

    loop {
        // SAFETY: every function's code ends in a `Ret` (compiler invariant) and jumps stay
        // inside the code, so `ip` is in bounds. Matching through a reference reads only
        // the fields an instruction uses.
        let op: &Op = unsafe { &*ip };
        // SAFETY: as above; `ip` may point one past the last instruction only after a `Ret`,
        // which leaves the loop.
        ip = unsafe { ip.add(1) };
        match *op {
            Op::Nop => {}
            Op::Mov { dst, src } => w!(dst, r!(src)),
            Op::Mov2 { dst, src } => {
                let (a, b) = (r!(src), r!(src + 1));
                w!(dst, a);
                w!(dst + 1, b);
            }
            Op::Mov3 { dst, src } => {
                let (a, b, c) = (r!(src), r!(src + 1), r!(src + 2));
                w!(dst, a);
                w!(dst + 1, b);
                w!(dst + 2, c);
            }
            Op::MovN { dst, src, n } => {
                // SAFETY: both ranges are within the frame; `copy` handles overlap.
                unsafe { std::ptr::copy(regs.add(src as usize), regs.add(dst as usize), n as usize) }
            }
            Op::Zero { dst, n } => {
                if n == 1 {
                    w!(dst, 0);
                } else {
                    // SAFETY: the range is within the frame.
                    unsafe { std::ptr::write_bytes(regs.add(dst as usize), 0, n as usize) }
                }
            }
            Op::LoadInt { dst, imm } => w!(dst, imm as i64 as u64),
            Op::LoadK { dst, k } => w!(dst, konst!(k)),
            Op::LoadStr { dst, k } => {
                let s = prog.strings[k as usize];
                w!(dst, s.as_ptr() as u64);
                w!(dst + 1, s.len() as u64);
            }
            Op::LoadFunc { dst, func } => w!(dst, prog.static_closure(func)),
            Op::GlobalAddr { dst, off } => w!(dst, crate::globals::base() + off as u64),
            Op::LoadGlobal { dst, off } => {
                // SAFETY: `off` is inside the globals area (compiler invariant).
                w!(dst, unsafe { runtime::heap::load((crate::globals::base() + off as u64) as *const u64) })
            }
            Op::StoreGlobal { src, off } => {
                // SAFETY: as for LoadGlobal.
                unsafe { runtime::heap::store((crate::globals::base() + off as u64) as *mut u64, r!(src)) }
            }
            Op::LoadCapture { dst, idx } => {
                let c = frame_rec!().closure;
                // SAFETY: a closure object has 1 + ncaptures words; the compiler only names
                // captures the function has.
                w!(dst, unsafe { runtime::heap::load((c as *const u64).add(1 + idx as usize)) })
            }
            Op::LoadCaptureN { dst, idx, n } => {
                let c = frame_rec!().closure;
                for i in 0..n {
                    // SAFETY: as for LoadCapture.
                    w!(dst + i, unsafe { runtime::heap::load((c as *const u64).add(1 + (idx + i) as usize)) })
                }
            }

            // ------------------------------------------------------------ integers
            Op::AddI { dst, a, b } => w!(dst, r!(a).wrapping_add(r!(b))),
            Op::SubI { dst, a, b } => w!(dst, r!(a).wrapping_sub(r!(b))),
            Op::MulI { dst, a, b } => w!(dst, r!(a).wrapping_mul(r!(b))),
            Op::DivI { dst, a, b } => {
                let (x, y) = (r!(a) as i64, r!(b) as i64);
                if y == 0 {
                    save_at_op!();
                    break 'frame g.divide_error(cx);
                }
                w!(dst, x.wrapping_div(y) as u64)
            }
            Op::DivU { dst, a, b } => {
                let (x, y) = (r!(a), r!(b));
                if y == 0 {
                    save_at_op!();
                    break 'frame g.divide_error(cx);
                }
                w!(dst, x / y)
            }
            Op::RemI { dst, a, b } => {
                let (x, y) = (r!(a) as i64, r!(b) as i64);
                if y == 0 {
                    save_at_op!();
                    break 'frame g.divide_error(cx);
                }
                w!(dst, x.wrapping_rem(y) as u64)
            }
            Op::RemU { dst, a, b } => {
                let (x, y) = (r!(a), r!(b));
                if y == 0 {
                    save_at_op!();
                    break 'frame g.divide_error(cx);
                }
                w!(dst, x % y)
            }
            Op::And { dst, a, b } => w!(dst, r!(a) & r!(b)),
            Op::Or { dst, a, b } => w!(dst, r!(a) | r!(b)),
            Op::Xor { dst, a, b } => w!(dst, r!(a) ^ r!(b)),
            Op::AndNot { dst, a, b } => w!(dst, r!(a) & !r!(b)),
            Op::Shl { dst, a, b } => {
                let s = r!(b);
                w!(dst, if s >= 64 { 0 } else { r!(a) << s })
            }
            Op::ShrI { dst, a, b } => {
                let s = r!(b);
                w!(dst, ((r!(a) as i64) >> s.min(63)) as u64)
            }
            Op::ShrU { dst, a, b } => {
                let s = r!(b);
                w!(dst, if s >= 64 { 0 } else { r!(a) >> s })
            }
            Op::AddImm { dst, a, imm } => w!(dst, r!(a).wrapping_add(imm as i64 as u64)),
            Op::AddIImm { dst, a, b, imm } => w!(dst, r!(a).wrapping_add(r!(b)).wrapping_add(imm as i64 as u64)),
            Op::AddAndImm { dst, a, b, imm } => w!(dst, r!(a).wrapping_add(r!(b)) & imm as i64 as u64),
            Op::MinMaxF { dst, a, b, kind } => w!(dst, ops::min_max_f(r!(a), r!(b), kind)),
            Op::DivIImm { dst, a, imm } => w!(dst, (r!(a) as i64).wrapping_div(imm as i64) as u64),
            Op::DivIPow2 { dst, a, shift } => w!(dst, ops::div_pow2(r!(a) as i64, shift) as u64),
            Op::RemIImm { dst, a, imm } => w!(dst, (r!(a) as i64).wrapping_rem(imm as i64) as u64),
            Op::MulImm { dst, a, imm } => w!(dst, r!(a).wrapping_mul(imm as i64 as u64)),
            Op::AndImm { dst, a, imm } => w!(dst, r!(a) & imm as i64 as u64),
            Op::OrImm { dst, a, imm } => w!(dst, r!(a) | imm as i64 as u64),
            Op::XorImm { dst, a, imm } => w!(dst, r!(a) ^ imm as i64 as u64),
            Op::ShlImm { dst, a, imm } => w!(dst, r!(a) << (imm & 63)),
            Op::ShrIImm { dst, a, imm } => w!(dst, ((r!(a) as i64) >> (imm & 63)) as u64),
            Op::ShrUImm { dst, a, imm } => w!(dst, r!(a) >> (imm & 63)),
            Op::NegI { dst, src } => w!(dst, (r!(src) as i64).wrapping_neg() as u64),
            Op::Compl { dst, src } => w!(dst, !r!(src)),
            Op::Not { dst, src } => w!(dst, r!(src) ^ 1),
            Op::Sext { dst, src, bits } => {
                let sh = 64 - bits as u32;
                w!(dst, (((r!(src) << sh) as i64) >> sh) as u64)
            }
            Op::Zext { dst, src, bits } => w!(dst, r!(src) & (u64::MAX >> (64 - bits as u32))),

            // ------------------------------------------------------------ floats
            Op::AddF { dst, a, b } => w!(dst, (f64::from_bits(r!(a)) + f64::from_bits(r!(b))).to_bits()),
            Op::SubF { dst, a, b } => w!(dst, (f64::from_bits(r!(a)) - f64::from_bits(r!(b))).to_bits()),
            Op::MulF { dst, a, b } => w!(dst, (f64::from_bits(r!(a)) * f64::from_bits(r!(b))).to_bits()),
            Op::DivF { dst, a, b } => w!(dst, (f64::from_bits(r!(a)) / f64::from_bits(r!(b))).to_bits()),
            Op::NegF { dst, src } => w!(dst, (-f64::from_bits(r!(src))).to_bits()),
            Op::AddFK { dst, a, k } => w!(dst, (f64::from_bits(r!(a)) + f64::from_bits(konst!(k))).to_bits()),
            Op::SubFK { dst, a, k } => w!(dst, (f64::from_bits(r!(a)) - f64::from_bits(konst!(k))).to_bits()),
            Op::MulFK { dst, a, k } => w!(dst, (f64::from_bits(r!(a)) * f64::from_bits(konst!(k))).to_bits()),
            Op::DivFK { dst, a, k } => w!(dst, (f64::from_bits(r!(a)) / f64::from_bits(konst!(k))).to_bits()),
            Op::KSubF { dst, a, k } => w!(dst, (f64::from_bits(konst!(k)) - f64::from_bits(r!(a))).to_bits()),
            Op::KDivF { dst, a, k } => w!(dst, (f64::from_bits(konst!(k)) / f64::from_bits(r!(a))).to_bits()),
            Op::MulAddF { dst, c, a, b } => w!(dst, (f64::from_bits(r!(c)) + f64::from_bits(r!(a)) * f64::from_bits(r!(b))).to_bits()),
            Op::MulSubF { dst, c, a, b } => w!(dst, (f64::from_bits(r!(c)) - f64::from_bits(r!(a)) * f64::from_bits(r!(b))).to_bits()),
            Op::AddF32 { dst, a, b } => w!(dst, (f32v(r!(a)) + f32v(r!(b))).to_bits() as u64),
            Op::SubF32 { dst, a, b } => w!(dst, (f32v(r!(a)) - f32v(r!(b))).to_bits() as u64),
            Op::MulF32 { dst, a, b } => w!(dst, (f32v(r!(a)) * f32v(r!(b))).to_bits() as u64),
            Op::DivF32 { dst, a, b } => w!(dst, (f32v(r!(a)) / f32v(r!(b))).to_bits() as u64),
            Op::NegF32 { dst, src } => w!(dst, (-f32v(r!(src))).to_bits() as u64),
            Op::Conv { dst, src, kind } => {
                // SAFETY: conversions read 1-2 registers within the frame.
                unsafe { ops::convert(regs, dst, src, kind) }
            }
            Op::IntToF64 { dst, src } => w!(dst, (r!(src) as i64 as f64).to_bits()),
            Op::Complex { dst, a, b, op } => {
                // SAFETY: complex operands are within the frame.
                unsafe { ops::complex(regs, dst, a, b, op) }
            }

            // ------------------------------------------------------------ comparisons
            Op::EqI { dst, a, b } => w!(dst, (r!(a) == r!(b)) as u64),
            Op::NeI { dst, a, b } => w!(dst, (r!(a) != r!(b)) as u64),
            Op::LtI { dst, a, b } => w!(dst, ((r!(a) as i64) < (r!(b) as i64)) as u64),
            Op::LeI { dst, a, b } => w!(dst, ((r!(a) as i64) <= (r!(b) as i64)) as u64),
            Op::LtU { dst, a, b } => w!(dst, (r!(a) < r!(b)) as u64),
            Op::LeU { dst, a, b } => w!(dst, (r!(a) <= r!(b)) as u64),
            Op::EqF { dst, a, b } => w!(dst, (f64::from_bits(r!(a)) == f64::from_bits(r!(b))) as u64),
            Op::NeF { dst, a, b } => w!(dst, (f64::from_bits(r!(a)) != f64::from_bits(r!(b))) as u64),
            Op::LtF { dst, a, b } => w!(dst, (f64::from_bits(r!(a)) < f64::from_bits(r!(b))) as u64),
            Op::LeF { dst, a, b } => w!(dst, (f64::from_bits(r!(a)) <= f64::from_bits(r!(b))) as u64),
            Op::EqF32 { dst, a, b } => w!(dst, (f32v(r!(a)) == f32v(r!(b))) as u64),
            Op::NeF32 { dst, a, b } => w!(dst, (f32v(r!(a)) != f32v(r!(b))) as u64),
            Op::LtF32 { dst, a, b } => w!(dst, (f32v(r!(a)) < f32v(r!(b))) as u64),
            Op::LeF32 { dst, a, b } => w!(dst, (f32v(r!(a)) <= f32v(r!(b))) as u64),
            Op::CmpStr { dst, a, b } => {
                // SAFETY: string registers hold live (ptr, len) pairs.
                let (x, y) = unsafe { (crate::value::bytes(r!(a), r!(a + 1)), crate::value::bytes(r!(b), r!(b + 1))) };
                w!(dst, x.cmp(y) as i64 as u64)
            }
            Op::EqStr { dst, a, b } => {
                let eq = r!(a + 1) == r!(b + 1)
                    && (r!(a) == r!(b)
                        // SAFETY: as for CmpStr.
                        || unsafe { crate::value::bytes(r!(a), r!(a + 1)) == crate::value::bytes(r!(b), r!(b + 1)) });
                w!(dst, eq as u64)
            }
            Op::EqType { dst, a, b, t } => {
                let eq = protect!(g.eq_type(cx, regs, a, b, t));
                w!(dst, eq as u64)
            }

            // ------------------------------------------------------------ control
            Op::Jmp { off } => jump!(off),
            Op::JmpIf { cond, off } => {
                if r!(cond) != 0 {
                    jump!(off)
                }
            }
            Op::JmpIfNot { cond, off } => {
                if r!(cond) == 0 {
                    jump!(off)
                }
            }
            Op::JmpEqI { a, b, off } => {
                if r!(a) == r!(b) {
                    jump!(off)
                }
            }
            Op::JmpNeI { a, b, off } => {
                if r!(a) != r!(b) {
                    jump!(off)
                }
            }
            Op::JmpLtI { a, b, off } => {
                if (r!(a) as i64) < (r!(b) as i64) {
                    jump!(off)
                }
            }
            Op::JmpLeI { a, b, off } => {
                if (r!(a) as i64) <= (r!(b) as i64) {
                    jump!(off)
                }
            }
            Op::JmpLtU { a, b, off } => {
                if r!(a) < r!(b) {
                    jump!(off)
                }
            }
            Op::JmpLeU { a, b, off } => {
                if r!(a) <= r!(b) {
                    jump!(off)
                }
            }
            Op::JmpEqImm { a, imm, off } => {
                if r!(a) as i64 == imm as i64 {
                    jump!(off)
                }
            }
            Op::JmpNeImm { a, imm, off } => {
                if r!(a) as i64 != imm as i64 {
                    jump!(off)
                }
            }
            Op::JmpLtImm { a, imm, off } => {
                if (r!(a) as i64) < imm as i64 {
                    jump!(off)
                }
            }
            Op::JmpLeImm { a, imm, off } => {
                if (r!(a) as i64) <= imm as i64 {
                    jump!(off)
                }
            }
            Op::JmpGtImm { a, imm, off } => {
                if (r!(a) as i64) > imm as i64 {
                    jump!(off)
                }
            }
            Op::JmpGeImm { a, imm, off } => {
                if (r!(a) as i64) >= imm as i64 {
                    jump!(off)
                }
            }
            Op::JmpLtF { a, b, off } => {
                if f64::from_bits(r!(a)) < f64::from_bits(r!(b)) {
                    jump!(off)
                }
            }
            Op::JmpLeF { a, b, off } => {
                if f64::from_bits(r!(a)) <= f64::from_bits(r!(b)) {
                    jump!(off)
                }
            }
            Op::JmpEqF { a, b, off } => {
                if f64::from_bits(r!(a)) == f64::from_bits(r!(b)) {
                    jump!(off)
                }
            }
            Op::JmpNeF { a, b, off } => {
                if f64::from_bits(r!(a)) != f64::from_bits(r!(b)) {
                    jump!(off)
                }
            }
            Op::JmpNotLtF { a, b, off } => {
                if !(f64::from_bits(r!(a)) < f64::from_bits(r!(b))) {
                    jump!(off)
                }
            }
            Op::JmpNotLeF { a, b, off } => {
                if !(f64::from_bits(r!(a)) <= f64::from_bits(r!(b))) {
                    jump!(off)
                }
            }
            Op::JmpLtFK { a, k, off } => {
                if f64::from_bits(r!(a)) < f64::from_bits(konst!(k)) {
                    jump!(off)
                }
            }
            Op::JmpLeFK { a, k, off } => {
                if f64::from_bits(r!(a)) <= f64::from_bits(konst!(k)) {
                    jump!(off)
                }
            }
            Op::JmpGtFK { a, k, off } => {
                if f64::from_bits(r!(a)) > f64::from_bits(konst!(k)) {
                    jump!(off)
                }
            }
            Op::JmpGeFK { a, k, off } => {
                if f64::from_bits(r!(a)) >= f64::from_bits(konst!(k)) {
                    jump!(off)
                }
            }
            Op::JmpNotLtFK { a, k, off } => {
                if !(f64::from_bits(r!(a)) < f64::from_bits(konst!(k))) {
                    jump!(off)
                }
            }
            Op::JmpNotLeFK { a, k, off } => {
                if !(f64::from_bits(r!(a)) <= f64::from_bits(konst!(k))) {
                    jump!(off)
                }
            }
            Op::JmpNotGtFK { a, k, off } => {
                if !(f64::from_bits(r!(a)) > f64::from_bits(konst!(k))) {
                    jump!(off)
                }
            }
            Op::JmpNotGeFK { a, k, off } => {
                if !(f64::from_bits(r!(a)) >= f64::from_bits(konst!(k))) {
                    jump!(off)
                }
            }
            Op::IncJmpLtImm { a, imm, off } => {
                let i = r!(a).wrapping_add(1);
                w!(a, i);
                if (i as i64) < imm as i64 {
                    jump_back!(off)
                }
            }
            Op::IncJmpLtI { a, b, off } => {
                let i = r!(a).wrapping_add(1);
                w!(a, i);
                if (i as i64) < (r!(b) as i64) {
                    jump_back!(off)
                }
            }

            // ------------------------------------------------------------ memory
            Op::Ld { dst, ptr, off, mem } => {
                let p = r!(ptr);
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                // SAFETY: non-nil pointers in registers point into live objects (the GC
                // keeps them alive) and the compiler's offsets stay within the pointee.
                w!(dst, unsafe { mem::load(p + off as u64, mem) })
            }
            Op::St { ptr, off, src, mem } => {
                let p = r!(ptr);
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                // SAFETY: as for Ld.
                unsafe { mem::store(p + off as u64, mem, r!(src)) }
            }
            Op::LdW { dst, ptr, off } => {
                let p = r!(ptr);
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                // SAFETY: as for Ld.
                w!(dst, unsafe { runtime::heap::load((p + off as u64) as *const u64) })
            }
            Op::StW { ptr, off, src } => {
                let p = r!(ptr);
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                // SAFETY: as for Ld.
                unsafe { runtime::heap::store((p + off as u64) as *mut u64, r!(src)) }
            }
            Op::LdN { dst, ptr, n } => {
                let p = r!(ptr);
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                // SAFETY: as for Ld: the pointee has at least n words; the registers are in the frame.
                unsafe { mem::load_words(regs.add(dst as usize), p as *const u64, n) }
            }
            Op::StN { ptr, src, n } => {
                let p = r!(ptr);
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                // SAFETY: as for LdN.
                unsafe { mem::store_words(p as *mut u64, regs.add(src as usize), n) }
            }
            Op::LdB { dst, ptr, bytes } => {
                let p = r!(ptr);
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                let words = (bytes as usize).div_ceil(8);
                for i in 0..words {
                    // SAFETY: as for Ld: the pointee has at least `bytes` bytes.
                    let w = unsafe { runtime::heap::load_bytes(p as usize + 8 * i, (bytes as usize - 8 * i).min(8)) };
                    w!(dst + i as u16, w);
                }
            }
            Op::StB { ptr, src, bytes } => {
                let p = r!(ptr);
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                let words = (bytes as usize).div_ceil(8);
                for i in 0..words {
                    // SAFETY: as for LdB.
                    unsafe { runtime::heap::store_bytes(p as usize + 8 * i, (bytes as usize - 8 * i).min(8), r!(src as usize + i)) }
                }
            }
            Op::AddPtr { dst, src, off } => {
                let p = r!(src);
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                w!(dst, p + off as u64)
            }
            Op::NilCheck { ptr } => {
                if r!(ptr) == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
            }
            Op::New { dst, t } => {
                let typ = prog.ty(t);
                let p = mem::new_object(cx, typ);
                w!(dst, p);
                // Zeroing a large object is memory work too (`new([1 << 20]byte)` in a loop).
                charge!(typ.size);
            }
            Op::BoundsCheck { idx, len } => {
                let i = r!(idx);
                if i >= len as u64 {
                    save_at_op!();
                    break 'frame g.index_error(cx, i, len as u64);
                }
            }
            Op::IndexAddr { dst, ptr, idx, esize } => w!(dst, r!(ptr).wrapping_add(r!(idx).wrapping_mul(esize as u64))),
            Op::RegLd { dst, base, idx, mem } => {
                // SAFETY: the index was bounds-checked against the array's length, so the
                // element lies inside the array's registers.
                let v = unsafe { mem::load(regs.add(base as usize) as u64 + r!(idx) * mem.bytes() as u64, mem) };
                w!(dst, v)
            }
            Op::RegSt { base, idx, src, mem } => {
                // SAFETY: as for RegLd.
                unsafe { mem::store(regs.add(base as usize) as u64 + r!(idx) * mem.bytes() as u64, mem, r!(src)) }
            }
            Op::RegLdN { dst, base, idx, n } => {
                let off = base as usize + r!(idx) as usize * n as usize;
                // SAFETY: as for RegLd; ranges may not overlap the destination (compiler).
                unsafe { std::ptr::copy(regs.add(off), regs.add(dst as usize), n as usize) }
            }
            Op::RegStN { base, idx, src, n } => {
                let off = base as usize + r!(idx) as usize * n as usize;
                // SAFETY: as for RegLdN.
                unsafe { std::ptr::copy(regs.add(src as usize), regs.add(off), n as usize) }
            }

            // ------------------------------------------------------------ slices, strings
            Op::SliceLd { dst, s, i, mem } => {
                let idx = r!(i);
                let len = r!(s + 1);
                if idx >= len {
                    save_at_op!();
                    break 'frame g.index_error(cx, idx, len);
                }
                // SAFETY: idx < len <= cap, so the element is inside the backing array.
                w!(dst, unsafe { mem::load(r!(s) + idx * mem.bytes() as u64, mem) })
            }
            Op::SliceLdAt { dst, ptr, i, mem } => {
                let (p, idx) = (r!(ptr), r!(i));
                if p == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                // SAFETY: a non-nil pointer to a slice header (live, per Ld).
                let (data, len) = unsafe { mem::load_slice_header(p) };
                if idx >= len {
                    save_at_op!();
                    break 'frame g.index_error(cx, idx, len);
                }
                // SAFETY: idx < len <= cap, so the element is inside the backing array.
                w!(dst, unsafe { mem::load(data + idx * mem.bytes() as u64, mem) })
            }
            Op::SliceSt { s, i, src, mem } => {
                let idx = r!(i);
                let len = r!(s + 1);
                if idx >= len {
                    save_at_op!();
                    break 'frame g.index_error(cx, idx, len);
                }
                // SAFETY: as for SliceLd.
                unsafe { mem::store(r!(s) + idx * mem.bytes() as u64, mem, r!(src)) }
            }
            Op::SliceLdW { dst, s, i } => {
                let idx = r!(i);
                let len = r!(s + 1);
                if idx >= len {
                    save_at_op!();
                    break 'frame g.index_error(cx, idx, len);
                }
                // SAFETY: as for SliceLd.
                w!(dst, unsafe { runtime::heap::load((r!(s) as *const u64).add(idx as usize)) })
            }
            Op::SliceStW { s, i, src } => {
                let idx = r!(i);
                let len = r!(s + 1);
                if idx >= len {
                    save_at_op!();
                    break 'frame g.index_error(cx, idx, len);
                }
                // SAFETY: as for SliceLd.
                unsafe { runtime::heap::store((r!(s) as *mut u64).add(idx as usize), r!(src)) }
            }
            Op::SliceAddr { dst, s, i, esize } => {
                let idx = r!(i);
                let len = r!(s + 1);
                if idx >= len {
                    save_at_op!();
                    break 'frame g.index_error(cx, idx, len);
                }
                w!(dst, r!(s) + idx * esize as u64)
            }
            Op::StrIdx { dst, s, i } => {
                let idx = r!(i);
                let len = r!(s + 1);
                if idx >= len {
                    save_at_op!();
                    break 'frame g.index_error(cx, idx, len);
                }
                // SAFETY: idx < len of a live string.
                w!(dst, unsafe { *((r!(s) + idx) as *const u8) } as u64)
            }
            Op::Concat { dst, a, b } => {
                // SAFETY: registers hold live strings.
                let (p, n) = unsafe { mem::concat(cx, r!(a), r!(a + 1), r!(b), r!(b + 1)) };
                w!(dst, p);
                w!(dst + 1, n);
                charge!(n);
            }
            Op::Slice { dst, base, flags, t } => {
                // SAFETY: the operands and the destination are in the frame (compiler).
                if !unsafe { mem::slice_in_range(prog, regs, dst, base, flags, t) } {
                    protect!(g.slice_op(cx, regs, dst, base, flags, t));
                }
            }
            Op::StrConv { dst, src, kind } => {
                protect!(g.str_conv(cx, regs, dst, src, kind));
                charge!(r!(dst + 1) * 4);
            }
            Op::DecodeRune { dst, s, i } => {
                // SAFETY: registers hold a live string; i < len (compiler checks first).
                let bytes = unsafe { crate::value::bytes(r!(s), r!(s + 1)) };
                let (rune, size) = ops::decode_rune(&bytes[r!(i) as usize..]);
                w!(dst, rune as u64);
                w!(dst + 1, r!(i) + size as u64);
            }
            Op::MakeSlice { base, t } => {
                protect!(g.make_slice(cx, regs, base, t));
                charge!(r!(base + 2) * prog.ty(t as u32).stride as u64);
            }
            Op::Append { dst, base, n, t } => {
                // SAFETY: the operands and the destination are in the frame (compiler).
                if unsafe { mem::append_one_in_place(prog, regs, dst, base, n, t) } {
                    continue;
                }
                let old = r!(base);
                protect!(g.append(cx, regs, dst, base, n, t));
                if r!(dst) != old {
                    charge!(r!(dst + 2) * prog.ty(t as u32).stride as u64);
                }
            }
            Op::AppendSlice { dst, base, t, from_string } => {
                let (old, added) = (r!(base), r!(base + 4));
                // SAFETY: the operands and the destination are in the frame (compiler).
                if unsafe { mem::append_slice_in_place(prog, regs, dst, base, t) } {
                    charge!(added * prog.ty(t as u32).stride as u64);
                    continue;
                }
                protect!(g.append_slice(cx, regs, dst, base, t, from_string));
                let stride = prog.ty(t as u32).stride as u64;
                charge!(if r!(dst) != old { r!(dst + 2) * stride } else { added * stride });
            }
            Op::Copy { dst, base, t, from_string } => {
                let Some(n) = g.copy(cx, regs, base, t, from_string) else {
                    save_at_op!();
                    break 'frame Flow::Exit(Exit::Yield);
                };
                w!(dst, n);
                charge!(n * prog.ty(t as u32).stride as u64);
            }
            Op::ClearSlice { s, t } => {
                let et = prog.ty(t as u32);
                let bytes = r!(s + 1) * et.stride as u64;
                if !g.clear_bytes(cx, r!(s), bytes) {
                    save_at_op!();
                    break 'frame Flow::Exit(Exit::Yield);
                }
                charge!(bytes);
            }

            // ------------------------------------------------------------ maps
            Op::MakeMap { dst, t, hint } => {
                let m = mem::make_map(cx, prog, t, r!(hint) as i64);
                w!(dst, m)
            }
            Op::MapGet { dst, base, t } => {
                protect!(g.map_get(cx, regs, dst, base, t, false));
            }
            Op::MapGet2 { dst, base, t } => {
                protect!(g.map_get(cx, regs, dst, base, t, true));
            }
            Op::MapSet { base, t } => {
                protect!(g.map_set(cx, regs, base, t));
            }
            Op::MapDelete { base, t } => {
                protect!(g.map_delete(cx, regs, base, t));
            }
            Op::MapLen { dst, m } => w!(dst, mem::map_len(r!(m)) as u64),
            Op::MapClear { m } => {
                charge!(mem::map_len(r!(m)) * 64);
                protect!(g.map_clear(cx, r!(m)));
            }
            Op::MapIter { dst, m } => {
                // SAFETY: the iterator registers are within the frame.
                unsafe { mem::map_iter(cx, regs, dst, r!(m)) }
            }
            Op::MapNext { dst, it, t } => {
                // SAFETY: as for MapIter.
                protect!(unsafe { g.map_next(cx, regs, dst, it, t) });
            }

            // ------------------------------------------------------------ interfaces
            Op::ToIface { dst, src, k } => {
                // SAFETY: the source value's registers are within the frame.
                unsafe { iface::to_iface(cx, prog, regs, dst, src, k) }
            }
            Op::IfaceConv { dst, src, t, from_empty } => {
                protect!(g.iface_conv(cx, regs, dst, src, t, from_empty));
            }
            Op::Assert { dst, src, k } => {
                protect!(g.assert(cx, regs, dst, src, k));
            }
            Op::DynType { dst, src, from_empty } => {
                let d = crate::value::dyn_type(r!(src), from_empty).map_or(0, |t| t as *const _ as u64);
                w!(dst, d)
            }
            Op::Implements { dst, src, t, from_empty } => {
                let ok = crate::value::dyn_type(r!(src), from_empty).is_some_and(|dt| prog.itab(dt, t as u32).is_some());
                w!(dst, ok as u64)
            }

            // ------------------------------------------------------------ calls
            Op::Call { base, func: callee } => call!(callee, base, 0),
            Op::CallClosure { base, f } => {
                let c = r!(f);
                if c == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                // SAFETY: a non-nil func value points to a closure object whose word 0 is
                // a function index (MakeClosure / static closures).
                let func = unsafe { runtime::heap::load(c as *const u64) } as u32;
                call!(func, base, c)
            }
            Op::CallIface { base, tab, method } => {
                let t = r!(tab);
                if t == 0 {
                    save_at_op!();
                    break 'frame g.nil_deref(cx);
                }
                // SAFETY: a non-zero itab word points to a leaked Itab.
                let func = unsafe { (*(t as *const crate::types::Itab)).funs[method as usize] };
                call!(func, base, 0)
            }
            Op::CallNative { base: window, native } => {
                save_at_op!();
                if let Some(flow) = g.call_native(cx, native, window) {
                    break 'frame flow;
                }
                // The native may have grown the stack.
                // SAFETY: as at the top: the frame lies within the stack.
                regs = unsafe { g.stack.as_mut_ptr().add(frame_rec!().base as usize) };
            }
            Op::Ret { src, n } => {
                let rec = frame_rec!();
                if rec.kind == FrameKind::Normal && g.defers.len() <= rec.defer_mark as usize {
                    // Fast path: copy the results to the frame start, pop, resume the caller.
                    if n == 1 {
                        w!(0, r!(src));
                    } else {
                        for i in 0..n {
                            w!(i, r!(src + i));
                        }
                    }
                    debug_assert!(g.frames.len() > 1);
                    // SAFETY: a Normal frame always has a caller (a goroutine's first frame
                    // is an Entry or Main one), and frames are plain data.
                    unsafe { g.frames.set_len(g.frames.len() - 1) };
                    let caller = frame_rec!();
                    // SAFETY: a live frame's function index was valid when it was entered,
                    // and the program's function table only grows.
                    code = unsafe { prog.funcs.get_unchecked(caller.func as usize) }.code.as_ptr();
                    // SAFETY: as at the top: a saved pc and base of a live frame.
                    unsafe {
                        ip = code.add(caller.pc as usize);
                        regs = g.stack.as_mut_ptr().add(caller.base as usize);
                    }
                    continue;
                }
                save_at_op!();
                break 'frame g.ret(cx, src, n);
            }
            Op::Go { base, func, n } => {
                save!();
                g.go(cx, func, 0, base, n);
            }
            Op::GoClosure { base, f, n } => {
                let c = r!(f);
                if c == 0 {
                    save_at_op!();
                    break 'frame g.go_nil(cx);
                }
                save!();
                // SAFETY: as for CallClosure.
                let func = unsafe { runtime::heap::load(c as *const u64) } as u32;
                g.go(cx, func, c, base, n);
            }
            Op::Defer { base, func, n } => g.defer(call_callee_func(func), regs, base, n),
            Op::DeferClosure { base, f, n } => {
                let c = r!(f);
                g.defer(crate::goroutine::Callee::Closure(c), regs, base, n)
            }
            Op::FrameToken { dst } => {
                let fi = g.frames.len() - 1;
                w!(dst, (cx.goroutine_id() as u32 as u64) << 32 | fi as u64)
            }
            Op::DeferTo { tok } => {
                if !g.defer_to(cx.goroutine_id() as u32, r!(tok)) {
                    save_at_op!();
                    break 'frame g.throw(cx, "minigo bug: a range-over-func loop body defers for a frame that is not below it".to_string());
                }
            }
            Op::AdoptDefers { tok } => g.adopt_defers(cx.goroutine_id() as u32, r!(tok)),
            Op::MakeClosure { dst, func, caps, n } => {
                // SAFETY: the captured registers are within the frame.
                let c = unsafe { mem::make_closure(cx, func, regs.add(caps as usize), n as usize) };
                w!(dst, c)
            }

            // ------------------------------------------------------------ panics
            Op::Panic { src } => {
                save_at_op!();
                break 'frame g.go_panic(cx, [r!(src), r!(src + 1)]);
            }
            Op::Recover { dst, deferred } => {
                let v = g.recover(deferred);
                w!(dst, v[0]);
                w!(dst + 1, v[1]);
            }
            Op::Throw { k } => {
                save_at_op!();
                let msg = String::from_utf8_lossy(prog.strings[k as usize]).into_owned();
                break 'frame g.throw(cx, msg);
            }
            Op::ThrowInt { k, a } => {
                save_at_op!();
                let msg = String::from_utf8_lossy(prog.strings[k as usize]).replacen("{}", &(r!(a) as i64).to_string(), 1);
                break 'frame g.throw(cx, msg);
            }

            // ------------------------------------------------------------ channels
            Op::MakeChan { dst, t, cap } => {
                let ch = protect!(g.make_chan(cx, t, r!(cap) as i64));
                w!(dst, ch)
            }
            Op::Send { ch, src, t } => {
                save_at_op!();
                if let Some(flow) = g.send(cx, regs, ch, src, t) {
                    break 'frame flow;
                }
                save!();
            }
            Op::Recv { dst, ch, t } => {
                save_at_op!();
                if let Some(flow) = g.recv(cx, regs, dst, ch, t, false) {
                    break 'frame flow;
                }
                save!();
            }
            Op::Recv2 { dst, ch, t } => {
                save_at_op!();
                if let Some(flow) = g.recv(cx, regs, dst, ch, t, true) {
                    break 'frame flow;
                }
                save!();
            }
            Op::Close { ch } => {
                protect!(g.close(cx, r!(ch)));
            }
            Op::ChanLen { dst, ch } => {
                // SAFETY: channel registers hold 0 or a channel word.
                let c = unsafe { runtime::ChanRef::from_word(r!(ch)) };
                w!(dst, if c.is_nil() { 0 } else { runtime::chan::len(c) as u64 })
            }
            Op::ChanCap { dst, ch } => {
                // SAFETY: as for ChanLen.
                let c = unsafe { runtime::ChanRef::from_word(r!(ch)) };
                w!(dst, if c.is_nil() { 0 } else { runtime::chan::cap(c) as u64 })
            }
            Op::Select { dst, k } => {
                save_at_op!();
                match g.select(cx, regs, k) {
                    Ok(chosen) => w!(dst, chosen as u64),
                    Err(flow) => break 'frame flow,
                }
                save!();
            }

            // ------------------------------------------------------------ builtins
            Op::Print { k } => {
                // SAFETY: the printed registers are within the frame.
                unsafe { ops::print(prog, regs, k) }
            }
        }
    }
    };
    flow
}

/// Appends a frame record without the growth check of `Vec::push`.
///
/// # Safety
/// `frames.len() < frames.capacity()`.
#[inline(always)]
unsafe fn push_within_capacity(frames: &mut Vec<Frame>, frame: Frame) {
    let len = frames.len();
    // SAFETY: the slot at `len` is allocated (caller's contract) and unused.
    unsafe {
        frames.as_mut_ptr().add(len).write(frame);
        frames.set_len(len + 1);
    }
}

fn call_callee_func(func: u32) -> crate::goroutine::Callee {
    crate::goroutine::Callee::Func(func)
}

#[inline(always)]
fn f32v(w: u64) -> f32 {
    f32::from_bits(w as u32)
}

pub use panic::traceback;

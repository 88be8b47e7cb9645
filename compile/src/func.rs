//! The per-function builder: register allocation, labels and jumps, line table, and the
//! function frame (parameters, results, captures, epilogue).
//!
//! Registers are allocated like a stack: parameters first (where the caller put them), then
//! result variables, then locals as they are declared, then temporaries. Temporaries are
//! released at the end of each statement, locals at the end of their block.

use crate::layout::Layout;
use crate::Compiler;
use types::tir::{self, LabelId, LocalId, Pos};
use types::ty::{FuncId, TypeId};
use vm::op::{Mem, Op, Reg};

/// Where a local lives.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LocalSlot {
    /// First register (for a boxed local: the register holding the cell pointer).
    pub reg: Reg,
    pub boxed: bool,
}

/// A captured variable of the running closure.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CaptureSlot {
    /// Word offset among the closure's captures.
    pub word: u16,
    pub words: u16,
    /// The capture is a cell pointer (the variable is shared with its owner).
    pub boxed: bool,
    pub ty: TypeId,
}

/// A jump target inside a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(pub usize);

#[derive(Clone, Copy, Default)]
pub(crate) struct Targets {
    pub start: Option<Label>,
    pub brk: Option<Label>,
    pub cont: Option<Label>,
}

pub(crate) struct FnBuilder<'c, 'a> {
    pub c: &'c mut Compiler<'a>,
    pub func: FuncId,
    pub code: Vec<Op>,
    pub lines: Vec<(u32, u32)>,
    cur_line: u32,
    /// Line directives met: see `vm::program::Func::file_changes`.
    pub file_changes: Vec<(u32, Option<std::sync::Arc<str>>)>,
    /// The position of the statement or expression being compiled.
    cur_pos: Pos,
    too_big: bool,
    pub file: u32,
    pub top: u32,
    pub nregs: u32,
    pub ptrs: Vec<bool>,
    pub locals: Vec<Option<LocalSlot>>,
    pub captures: Vec<CaptureSlot>,
    label_pos: Vec<Option<u32>>,
    fixups: Vec<(usize, Label)>,
    pub targets: Vec<Targets>,
    pub epilogue: Label,
    /// Pseudo-locals naming registers (for reusing the expression compiler on values
    /// already computed): (id, index into `locals`).
    pub pseudo: Vec<(LocalId, usize)>,
    /// The function has `defer` statements (returns must go through the epilogue).
    pub has_defer: bool,
    /// While evaluating the places of a statement that cannot otherwise change them: the
    /// register variables it assigns (see `place::expr_copy`).
    pub direct_places: Option<Vec<LocalId>>,
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub fn new(c: &'c mut Compiler<'a>, func: FuncId, file: u32) -> FnBuilder<'c, 'a> {
        let nlocals = c.tir.funcs[func.0 as usize].locals.len();
        let nlabels = c.tir.funcs[func.0 as usize].num_labels as usize;
        let mut b = FnBuilder {
            c,
            func,
            code: Vec::new(),
            lines: Vec::new(),
            cur_line: 0,
            file_changes: Vec::new(),
            cur_pos: Pos::default(),
            too_big: false,
            file,
            top: 0,
            nregs: 0,
            ptrs: Vec::new(),
            locals: vec![None; nlocals],
            captures: Vec::new(),
            label_pos: Vec::new(),
            fixups: Vec::new(),
            targets: vec![Targets::default(); nlabels],
            epilogue: Label(0),
            pseudo: Vec::new(),
            has_defer: false,
            direct_places: None,
        };
        b.epilogue = b.new_label();
        b
    }

    // ------------------------------------------------------------ types

    pub fn layout(&mut self, t: TypeId) -> Layout {
        self.c.layouts.get(&self.c.tir.types, t)
    }

    pub fn words(&mut self, t: TypeId) -> u32 {
        self.c.layouts.words(&self.c.tir.types, t)
    }

    pub fn types(&self) -> &types::ty::TypeTable {
        &self.c.tir.types
    }

    // ------------------------------------------------------------ registers

    /// Allocates `n` registers; `ptrs[i]` marks registers that may hold heap pointers.
    pub fn alloc_words(&mut self, n: u32, ptrs: &[bool]) -> Reg {
        let r = self.top;
        self.top += n;
        if self.top > self.nregs {
            self.nregs = self.top;
        }
        if self.ptrs.len() < self.top as usize {
            self.ptrs.resize(self.top as usize, false);
        }
        for (i, &p) in ptrs.iter().enumerate().take(n as usize) {
            if p {
                self.ptrs[r as usize + i] = true;
            }
        }
        if self.top > u16::MAX as u32 - 16 {
            // Values live in registers; a frame has at most 65536. Report it once and
            // carry on with register 0 (the program will not run).
            if !self.too_big {
                self.too_big = true;
                let at = self.c.pos_string(self.cur_pos);
                let name = self.c.tir.funcs[self.func.0 as usize].name.clone();
                self.c.errors.push(format!("{}: values in {} are too large for minigo (more than 65000 words): not supported yet", at, name));
            }
            self.top = 0;
            return 0;
        }
        r as Reg
    }

    /// Registers for one value of type `t`.
    pub fn alloc(&mut self, t: TypeId) -> Reg {
        if t == TypeId::VOID {
            return self.top as Reg;
        }
        let l = self.layout(t);
        self.alloc_words(l.words(), &l.ptrs)
    }

    /// A register that may hold a pointer.
    pub fn alloc_ptr(&mut self) -> Reg {
        self.alloc_words(1, &[true])
    }

    pub fn alloc_scalar(&mut self) -> Reg {
        self.alloc_words(1, &[false])
    }

    /// Marks registers as possibly holding pointers (a window the callee writes into).
    pub fn mark_ptrs(&mut self, r: Reg, n: u32) {
        let end = r as usize + n as usize;
        if self.ptrs.len() < end {
            self.ptrs.resize(end, false);
        }
        for p in &mut self.ptrs[r as usize..end] {
            *p = true;
        }
        if end as u32 > self.nregs {
            self.nregs = end as u32;
        }
    }

    // ------------------------------------------------------------ code

    pub fn emit(&mut self, op: Op) -> usize {
        // Whole-word memory accesses have instructions of their own (no width dispatch).
        let op = match op {
            Op::Ld { dst, ptr, off, mem: Mem::W64 } => Op::LdW { dst, ptr, off },
            Op::St { ptr, off, src, mem: Mem::W64 } => Op::StW { ptr, off, src },
            Op::SliceLd { dst, s, i, mem: Mem::W64 } => Op::SliceLdW { dst, s, i },
            Op::SliceSt { s, i, src, mem: Mem::W64 } => Op::SliceStW { s, i, src },
            op => op,
        };
        self.code.push(op);
        self.code.len() - 1
    }

    pub fn pc(&self) -> usize {
        self.code.len()
    }

    /// Reports array types too large for minigo met since the last report, at `pos` (the
    /// current position when `None`).
    pub fn report_too_large(&mut self, pos: Option<Pos>) {
        let pos = pos.unwrap_or(self.cur_pos);
        self.c.report_too_large(Some(pos));
    }

    pub fn set_pos(&mut self, pos: Pos) {
        if pos.span.start == 0 && pos.span.end == 0 {
            return;
        }
        let Some(f) = self.c.tir.files.get(pos.file as usize) else { return };
        self.cur_pos = pos;
        let (file, line) = f.lines().position(pos.span.start);
        let current = self.file_changes.last().and_then(|(_, f)| f.as_ref());
        if file != current {
            let file = file.cloned();
            let pc = self.code.len() as u32;
            match self.file_changes.last_mut() {
                Some(last) if last.0 == pc => last.1 = file,
                _ => self.file_changes.push((pc, file)),
            }
            self.cur_line = 0;
        }
        if line != self.cur_line {
            self.cur_line = line;
            let pc = self.code.len() as u32;
            if let Some(last) = self.lines.last_mut() {
                if last.0 == pc {
                    last.1 = line;
                    return;
                }
            }
            self.lines.push((pc, line));
        }
    }

    /// The position of the `[` after the operand at `x` (skipping blanks and comments):
    /// Go reports a failing index or slice expression there.
    pub fn lbrack_after(&self, x: Pos) -> Option<Pos> {
        let src = self.c.tir.files.get(x.file as usize)?.src.as_bytes();
        let mut i = x.span.end as usize;
        loop {
            match src.get(i..)? {
                [b' ' | b'\t' | b'\r' | b'\n', ..] => i += 1,
                [b'/', b'/', ..] => i += src[i..].iter().position(|&b| b == b'\n')?,
                [b'/', b'*', ..] => i += 2 + src[i + 2..].windows(2).position(|w| w == b"*/")? + 2,
                [b'[', ..] => return Some(at_offset(x, i)),
                _ => return None,
            }
        }
    }

    /// The position of the `[` before the index at `i` (skipping blanks and block
    /// comments, and with `colon` one `:`, for the high bound of `[:hi]`), as
    /// [`Self::lbrack_after`].
    pub fn lbrack_before(&self, i: Pos, mut colon: bool) -> Option<Pos> {
        let src = self.c.tir.files.get(i.file as usize)?.src.as_bytes();
        let mut k = i.span.start as usize;
        loop {
            match src.get(..k)? {
                [.., b' ' | b'\t' | b'\r' | b'\n'] => k -= 1,
                [.., b'*', b'/'] => k = src[..k - 2].windows(2).rposition(|w| w == b"/*")?,
                [.., b':'] if colon => {
                    colon = false;
                    k -= 1;
                }
                [.., b'['] => return Some(at_offset(i, k - 1)),
                _ => return None,
            }
        }
    }

    /// Moves the current position to an index expression's `[`, if known.
    pub fn at_lbrack(&mut self, at: Option<Pos>) {
        if let Some(at) = at {
            self.set_pos(at);
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.label_pos.push(None);
        Label(self.label_pos.len() - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.label_pos[l.0] = Some(self.code.len() as u32);
    }

    pub fn label_pc(&self, l: Label) -> Option<u32> {
        self.label_pos[l.0]
    }

    /// Emits `Jmp` to `l`.
    pub fn jump(&mut self, l: Label) {
        let pc = self.emit(Op::Jmp { off: 0 });
        self.fixups.push((pc, l));
    }

    pub fn jump_if(&mut self, cond: Reg, l: Label) {
        let pc = self.emit(Op::JmpIf { cond, off: 0 });
        self.fixups.push((pc, l));
    }

    pub fn jump_if_not(&mut self, cond: Reg, l: Label) {
        let pc = self.emit(Op::JmpIfNot { cond, off: 0 });
        self.fixups.push((pc, l));
    }

    /// Emits any jump instruction (its offset is patched when the function is done).
    pub fn jump_op(&mut self, op: Op, l: Label) {
        let pc = self.emit(op);
        self.fixups.push((pc, l));
    }

    pub(crate) fn patch(&mut self) {
        for &(pc, l) in &self.fixups {
            let target = self.label_pos[l.0].expect("minigo bug: unbound label") as i64;
            let off = target - (pc as i64 + 1);
            self.code[pc] = self.code[pc].with_offset(off as i32).expect("minigo bug: patching a non-jump");
        }
    }

    // ------------------------------------------------------------ labels of statements

    pub fn targets(&mut self, l: LabelId) -> &mut Targets {
        if self.targets.len() <= l.0 as usize {
            self.targets.resize(l.0 as usize + 1, Targets::default());
        }
        &mut self.targets[l.0 as usize]
    }

    pub fn break_label(&mut self, l: LabelId) -> Label {
        if let Some(x) = self.targets(l).brk {
            return x;
        }
        let x = self.new_label();
        self.targets(l).brk = Some(x);
        x
    }

    pub fn continue_label(&mut self, l: LabelId) -> Label {
        if let Some(x) = self.targets(l).cont {
            return x;
        }
        let x = self.new_label();
        self.targets(l).cont = Some(x);
        x
    }

    pub fn start_label(&mut self, l: LabelId) -> Label {
        if let Some(x) = self.targets(l).start {
            return x;
        }
        let x = self.new_label();
        self.targets(l).start = Some(x);
        x
    }

    // ------------------------------------------------------------ locals

    pub fn local_pos(&self, l: LocalId) -> Pos {
        self.c.tir.funcs[self.func.0 as usize].locals[l.0 as usize].pos
    }

    /// Whether `r` is one of the registers of a declared local (not a temporary).
    pub fn is_local_reg(&mut self, r: Reg) -> bool {
        for i in 0..self.locals.len() {
            let Some(s) = self.locals[i] else { continue };
            if i >= self.c.tir.funcs[self.func.0 as usize].locals.len() {
                // A pseudo-local of a range loop (`with_regs`): its size is not recorded.
                if r >= s.reg {
                    return true;
                }
                continue;
            }
            let n = if s.boxed { 1 } else { self.c.layouts.words(&self.c.tir.types, self.local_ty(LocalId(i as u32))).max(1) };
            if (s.reg as u32..s.reg as u32 + n).contains(&(r as u32)) {
                return true;
            }
        }
        false
    }

    pub fn local_ty(&self, l: LocalId) -> TypeId {
        self.c.tir.funcs[self.func.0 as usize].locals[l.0 as usize].ty
    }

    pub fn local_boxed(&self, l: LocalId) -> bool {
        is_boxed(self.c, self.func, l)
    }

    /// Allocates a local's registers (zeroed); a boxed local gets a fresh heap cell.
    pub fn declare_local(&mut self, l: LocalId) -> LocalSlot {
        self.declare_local_zeroed(l, true)
    }

    /// Declares a local; `zero`: its registers start as the zero value (otherwise the
    /// caller assigns it before any read).
    pub fn declare_local_zeroed(&mut self, l: LocalId, zero: bool) -> LocalSlot {
        let ty = self.local_ty(l);
        let boxed = self.local_boxed(l);
        let slot = if boxed {
            let r = self.alloc_ptr();
            let t = ty.0;
            self.emit(Op::New { dst: r, t });
            LocalSlot { reg: r, boxed: true }
        } else {
            let r = self.alloc(ty);
            let n = self.words(ty);
            if n > 0 && zero {
                self.emit(Op::Zero { dst: r, n: n as u16 });
            }
            LocalSlot { reg: r, boxed: false }
        };
        self.locals[l.0 as usize] = Some(slot);
        slot
    }

    /// A result variable at function entry: registers are allocated and zeroed (a named
    /// result is readable before any assignment, and a deferred call that recovers makes
    /// the function return its results as they are). An unnamed result of a function
    /// without deferred calls is written only by the `return` that returns it: it is not
    /// zeroed.
    fn declare_result(&mut self, l: LocalId) {
        let unnamed = self.c.tir.funcs[self.func.0 as usize].locals[l.0 as usize].name.is_empty();
        self.declare_local_zeroed(l, self.has_defer || !unnamed);
    }

    /// A fresh cell for a boxed local holding its current value (per-iteration loop
    /// variables).
    pub fn renew_cell(&mut self, l: LocalId) {
        let Some(slot) = self.locals[l.0 as usize] else { return };
        if !slot.boxed {
            return;
        }
        let ty = self.local_ty(l);
        let n = self.words(ty);
        let mark = self.top;
        let tmp = self.alloc(ty);
        if n > 0 {
            self.emit(Op::LdN { dst: tmp, ptr: slot.reg, n: n as u16 });
        }
        self.emit(Op::New { dst: slot.reg, t: ty.0 });
        if n > 0 {
            self.emit(Op::StN { ptr: slot.reg, src: tmp, n: n as u16 });
        }
        self.top = mark;
    }

    pub fn slot(&self, l: LocalId) -> LocalSlot {
        if let Some(&(_, idx)) = self.pseudo.iter().rev().find(|(p, _)| *p == l) {
            return self.locals[idx].expect("pseudo-local");
        }
        self.locals[l.0 as usize].unwrap_or_else(|| panic!("minigo bug: local {} of {} used before declaration", l.0, self.c.tir.funcs[self.func.0 as usize].name))
    }
}

/// The one-byte position at `offset` in the file of `pos`.
fn at_offset(mut pos: Pos, offset: usize) -> Pos {
    pos.span.start = offset as u32;
    pos.span.end = offset as u32 + 1;
    pos
}

/// Compiles one function of the IR.
pub(crate) fn compile_func(c: &mut Compiler<'_>, id: FuncId) -> vm::program::Func {
    let f = &c.tir.funcs[id.0 as usize];
    let file = f.pos.file;
    let name = f.name.clone();
    if f.kind == tir::FuncKind::Generic {
        // Checked generic code: only its instances run.
        let k = c.string(format!("minigo bug: generic function {} called", name).into_bytes());
        let code = vec![Op::Throw { k }, Op::Ret { src: 0, n: 0 }];
        return vm::program::Func { file, line: 0, ..crate::expr::synth_func(name, code, 1, 0, 0, 0) };
    }
    if f.kind == tir::FuncKind::Unreached {
        // The checker found no way for the program to call it (`types/src/check/reach.rs`).
        // One message for all: the traceback names the function. No line: most of the
        // standard library's files never need their line tables.
        let k = match c.unreached_msg {
            Some(k) => k,
            None => {
                let k = c.string(b"minigo bug: a function left out of the program as unreachable was called".to_vec());
                *c.unreached_msg.insert(k)
            }
        };
        let code = vec![Op::Throw { k }, Op::Ret { src: 0, n: 0 }];
        return vm::program::Func { file, line: 0, ..crate::expr::synth_func(name, code, 1, 0, 0, 0) };
    }
    let decl_line = c.tir.files.get(file as usize).map(|sf| sf.lines().position(f.pos.span.start).1).unwrap_or(0);
    if f.body.is_none() {
        return native_func(c, id, name, file, decl_line);
    }
    let body = c.tir.funcs[id.0 as usize].body.clone().unwrap();
    let recv = f.recv;
    let params = f.params.clone();
    let results = f.results.clone();
    let mut b = FnBuilder::new(c, id, file);
    b.set_pos(b.c.tir.funcs[id.0 as usize].pos);
    // Parameters arrive in the first registers.
    let mut param_locals = Vec::new();
    if let Some(r) = recv {
        param_locals.push(r);
    }
    param_locals.extend(params.iter().copied());
    let mut boxed_params = Vec::new();
    for &l in &param_locals {
        let ty = b.local_ty(l);
        let r = b.alloc(ty);
        b.locals[l.0 as usize] = Some(LocalSlot { reg: r, boxed: false });
        if b.local_boxed(l) {
            boxed_params.push(l);
        }
    }
    let param_words = b.top;
    // Captures of a closure.
    setup_captures(&mut b);
    b.has_defer = body_has_defer(&body);
    // Result variables: contiguous when none is boxed, so `Ret` can use them directly.
    for &l in &results {
        b.declare_result(l);
    }
    // Boxed parameters move into cells.
    for l in boxed_params {
        let ty = b.local_ty(l);
        let n = b.words(ty);
        let old = b.slot(l).reg;
        let cell = b.alloc_ptr();
        b.emit(Op::New { dst: cell, t: ty.0 });
        if n > 0 {
            b.emit(Op::StN { ptr: cell, src: old, n: n as u16 });
        }
        b.locals[l.0 as usize] = Some(LocalSlot { reg: cell, boxed: true });
    }
    b.block(&body);
    // Falling off the end returns (the checker appended an explicit Return where needed).
    if !matches!(body.stmts.last(), Some(tir::Stmt::Return(_))) {
        b.jump(b.epilogue);
    }
    // Epilogue: gather the result variables and return. Its line is the closing brace
    // (where Go attributes deferred calls run at a normal return).
    let end = b.c.tir.funcs[id.0 as usize].end;
    if end != tir::Pos::default() {
        b.set_pos(end);
    }
    b.bind(b.epilogue);
    let epilogue = b.pc() as u32;
    let (src, n) = b.gather_results(&results);
    b.emit(Op::Ret { src, n: n as u16 });
    let result_words: u32 = results.iter().map(|&l| { let t = b.local_ty(l); b.words(t) }).sum();
    b.patch();
    // The frame must be at least as large as the result area (results are copied to the
    // frame start) and the parameter area.
    let nregs = b.nregs.max(result_words).max(param_words);
    let mut ptrmask = vec![0u64; (nregs as usize).div_ceil(64).max(1)];
    for (i, &p) in b.ptrs.iter().enumerate() {
        if p {
            ptrmask[i / 64] |= 1 << (i % 64);
        }
    }
    vm::program::Func {
        name,
        code: b.code,
        nregs,
        param_words,
        result_words,
        ptrmask,
        file,
        lines: b.lines,
        file_changes: b.file_changes,
        line: decl_line,
        native: None,
        epilogue,
    }
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// Puts the result variables' values in contiguous registers: (first, words).
    fn gather_results(&mut self, results: &[LocalId]) -> (Reg, u32) {
        let total: u32 = results.iter().map(|&l| { let t = self.local_ty(l); self.words(t) }).sum();
        if total == 0 {
            return (0, 0);
        }
        let contiguous = results.windows(2).all(|w| {
            let (a, b) = (self.slot(w[0]), self.slot(w[1]));
            let ta = self.local_ty(w[0]);
            !a.boxed && !b.boxed && a.reg as u32 + self.c.layouts.words(&self.c.tir.types, ta) == b.reg as u32
        }) && !self.slot(results[0]).boxed;
        if contiguous {
            return (self.slot(results[0]).reg, total);
        }
        let mut ptrs = Vec::new();
        for &l in results {
            let t = self.local_ty(l);
            let lay = self.layout(t);
            ptrs.extend_from_slice(&lay.ptrs[..lay.words() as usize]);
        }
        let dst = self.alloc_words(total, &ptrs);
        let mut off = 0;
        for &l in results {
            let t = self.local_ty(l);
            let n = self.words(t);
            let s = self.slot(l);
            if n > 0 {
                if s.boxed {
                    self.load_at(dst + off as u16, s.reg, t);
                } else {
                    self.emit(Op::MovN { dst: dst + off as u16, src: s.reg, n: n as u16 });
                }
            }
            off += n;
        }
        (dst, total)
    }
}

/// Whether a body contains a `defer` statement (outside nested function literals).
fn body_has_defer(b: &tir::Block) -> bool {
    b.stmts.iter().any(stmt_has_defer)
}

fn stmt_has_defer(s: &tir::Stmt) -> bool {
    use tir::Stmt as S;
    match s {
        S::Defer(_) | S::FrameToken(_) | S::AdoptDefers(_) => true,
        S::Block(b) => body_has_defer(b),
        S::If { then, els, .. } => body_has_defer(then) || els.as_ref().is_some_and(body_has_defer),
        S::Switch(sw) => sw.clauses.iter().any(|c| body_has_defer(&c.body)),
        S::TypeSwitch(ts) => ts.clauses.iter().any(|c| body_has_defer(&c.body)),
        S::Select(sel) => sel.cases.iter().any(|c| body_has_defer(&c.body)) || sel.default.as_ref().is_some_and(body_has_defer),
        S::Loop { body, .. } => body_has_defer(body),
        S::Range(r) => body_has_defer(&r.body),
        S::Labeled { stmt, .. } => stmt_has_defer(stmt),
        _ => false,
    }
}

/// Describes the captures of a closure (word offsets, cells or values).
fn setup_captures(b: &mut FnBuilder<'_, '_>) {
    let f = &b.c.tir.funcs[b.func.0 as usize];
    let caps = f.captures.clone();
    let mut word = 0u16;
    for i in 0..caps.len() {
        let (ty, boxed) = capture_origin(b.c, b.func, i as u32);
        let words = if boxed { 1 } else { b.c.layouts.words(&b.c.tir.types, ty) as u16 };
        b.captures.push(CaptureSlot { word, words, boxed, ty });
        word += words;
    }
}

/// Whether a local lives in a heap cell: the checker's reason (address taken, or captured
/// and reassigned), or an array whose elements contain arrays (registers hold only
/// one-dimensional arrays; deeper indexing goes through memory).
pub(crate) fn is_boxed(c: &Compiler<'_>, func: FuncId, l: LocalId) -> bool {
    let local = &c.tir.funcs[func.0 as usize].locals[l.0 as usize];
    local.boxed() || nested_array(&c.tir.types, local.ty, 0)
}

fn nested_array(types: &types::ty::TypeTable, t: TypeId, depth: u32) -> bool {
    use types::ty::Type;
    if depth > 8 {
        return false;
    }
    match types.under(t) {
        Type::Array(e, _) => contains_array(types, *e, depth + 1),
        Type::Struct(fields) => fields.iter().any(|f| nested_array(types, f.ty, depth + 1)),
        _ => false,
    }
}

fn contains_array(types: &types::ty::TypeTable, t: TypeId, depth: u32) -> bool {
    use types::ty::Type;
    if depth > 8 {
        return false;
    }
    match types.under(t) {
        Type::Array(..) => true,
        Type::Struct(fields) => fields.iter().any(|f| contains_array(types, f.ty, depth + 1)),
        _ => false,
    }
}

/// The type and boxedness of capture `i` of closure `func` (following capture chains to
/// the variable's owner).
pub(crate) fn capture_origin(c: &Compiler<'_>, func: FuncId, i: u32) -> (TypeId, bool) {
    let f = &c.tir.funcs[func.0 as usize];
    let parent = f.parent.expect("minigo bug: captures without parent");
    match f.captures[i as usize] {
        tir::Var::Local(l) => {
            let local = &c.tir.funcs[parent.0 as usize].locals[l.0 as usize];
            (local.ty, is_boxed(c, parent, l))
        }
        tir::Var::Capture(j) => capture_origin(c, parent, j),
        tir::Var::Global(_) => unreachable!("minigo bug: captured global"),
    }
}

/// A body-less function: a native, or a stub raising "not supported yet".
fn native_func(c: &mut Compiler<'_>, id: FuncId, name: String, file: u32, line: u32) -> vm::program::Func {
    let f = &c.tir.funcs[id.0 as usize];
    let sig = c.tir.types.signature(f.sig).cloned().expect("minigo bug: function without signature");
    let mut param_words: u32 = sig.params.iter().map(|t| c.layouts.words(&c.tir.types, *t)).sum();
    if let Some(r) = f.recv {
        let t = f.locals[r.0 as usize].ty;
        param_words += c.layouts.words(&c.tir.types, t);
    }
    let result_words: u32 = sig.results.iter().map(|t| c.layouts.words(&c.tir.types, *t)).sum();
    let nregs = param_words.max(result_words).max(1);
    let native = c.native(&name);
    let mut code = Vec::new();
    if native.is_none() {
        let k = c.string(format!("{} is not supported by minigo yet", name).into_bytes());
        code.push(Op::Throw { k });
    }
    code.push(Op::Ret { src: 0, n: result_words as u16 });
    vm::program::Func { file, line, native, ..crate::expr::synth_func(name, code, nregs, param_words, result_words, 0) }
}

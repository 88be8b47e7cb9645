//! Expressions → bytecode.
//!
//! `expr_into(e, dst)` evaluates `e` into registers starting at `dst`; `expr(e)` returns a
//! register holding `e`'s value, which is a variable's own register when `e` is a local
//! (callers must not write to it).

use crate::func::{FnBuilder, Label};
use crate::Synth;
use types::constant::{self, ConstValue};
use types::tir::{self, Builtin, CmpOp, Composite, Expr, ExprKind, UnOp, Var};
use types::ty::{Basic, Type, TypeId};
use vm::op::{ComplexOp, ConvKind, Op, Reg, StrConv};
use vm::program::{AssertDesc, PrintTable};

/// Arrays from this size (words) on are initialized in place when assigned a constant
/// composite literal, not built in registers first.
const LARGE_ARRAY_WORDS: u32 = 1024;

/// How integer values of a type are normalized in registers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum IntKind {
    Signed(u8),
    Unsigned(u8),
}

/// Broad classes of types for choosing instructions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Class {
    Int(IntKind),
    F64,
    F32,
    C128,
    C64,
    Str,
    Bool,
    /// One-word reference types compared by identity (pointers, chans, maps, funcs).
    Ref,
    Iface,
    Other,
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub fn class(&self, t: TypeId) -> Class {
        match self.types().under(t) {
            Type::Basic(b) => match b {
                Basic::Bool | Basic::UntypedBool => Class::Bool,
                Basic::Int8 => Class::Int(IntKind::Signed(8)),
                Basic::Int16 => Class::Int(IntKind::Signed(16)),
                Basic::Int32 | Basic::UntypedRune => Class::Int(IntKind::Signed(32)),
                Basic::Int | Basic::Int64 | Basic::UntypedInt => Class::Int(IntKind::Signed(64)),
                Basic::Uint8 => Class::Int(IntKind::Unsigned(8)),
                Basic::Uint16 => Class::Int(IntKind::Unsigned(16)),
                Basic::Uint32 => Class::Int(IntKind::Unsigned(32)),
                Basic::Uint | Basic::Uint64 | Basic::Uintptr => Class::Int(IntKind::Unsigned(64)),
                Basic::Float32 => Class::F32,
                Basic::Float64 | Basic::UntypedFloat => Class::F64,
                Basic::Complex64 => Class::C64,
                Basic::Complex128 | Basic::UntypedComplex => Class::C128,
                Basic::String | Basic::UntypedString => Class::Str,
                Basic::UnsafePointer | Basic::UntypedNil => Class::Ref,
                Basic::Invalid => Class::Other,
            },
            Type::Pointer(_) | Type::Chan(..) | Type::Map(..) | Type::Func(_) => Class::Ref,
            Type::Interface(_) => Class::Iface,
            _ => Class::Other,
        }
    }

    pub fn mov(&mut self, dst: Reg, src: Reg, n: u32) {
        if dst == src || n == 0 {
            return;
        }
        match n {
            1 => self.emit(Op::Mov { dst, src }),
            2 => self.emit(Op::Mov2 { dst, src }),
            3 => self.emit(Op::Mov3 { dst, src }),
            _ => self.emit(Op::MovN { dst, src, n: n as u16 }),
        };
    }

    pub fn normalize_pub(&mut self, r: Reg, k: IntKind) {
        self.normalize(r, k)
    }

    /// Re-normalizes a narrow integer after arithmetic.
    fn normalize(&mut self, r: Reg, k: IntKind) {
        match k {
            IntKind::Signed(b) if b < 64 => {
                self.emit(Op::Sext { dst: r, src: r, bits: b });
            }
            IntKind::Unsigned(b) if b < 64 => {
                self.emit(Op::Zext { dst: r, src: r, bits: b });
            }
            _ => {}
        }
    }

    /// Evaluates `e` and returns the register holding it.
    pub fn expr(&mut self, e: &Expr) -> Reg {
        match &e.kind {
            ExprKind::Var(Var::Local(l)) => {
                let s = self.slot(*l);
                if !s.boxed {
                    return s.reg;
                }
            }
            // A call's results stay in its window (allocated until the statement ends).
            ExprKind::Call(call) => return self.call(call),
            _ => {}
        }
        let r = self.alloc(e.ty);
        self.expr_into(e, r);
        r
    }

    pub fn expr_into(&mut self, e: &Expr, dst: Reg) {
        self.set_pos(e.pos);
        match &e.kind {
            ExprKind::Const(v) => self.load_const(dst, v, e.ty),
            ExprKind::Nil | ExprKind::Zero => {
                let n = self.words(e.ty);
                if n > 0 {
                    self.emit(Op::Zero { dst, n: n as u16 });
                }
            }
            ExprKind::Var(v) => self.load_var(*v, e.ty, dst),
            ExprKind::Func(f) => {
                let func = self.c.fidx(*f);
                self.emit(Op::LoadFunc { dst, func });
            }
            ExprKind::Unary(op, x) => self.unary(*op, x, e.ty, dst),
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, e.ty, dst),
            ExprKind::Compare(op, l, r) => self.compare(*op, l, r, dst),
            ExprKind::AndAnd(l, r) | ExprKind::OrOr(l, r) => {
                let and = matches!(e.kind, ExprKind::AndAnd(..));
                let end = self.new_label();
                self.expr_into(l, dst);
                if and {
                    self.jump_if_not(dst, end);
                } else {
                    self.jump_if(dst, end);
                }
                self.expr_into(r, dst);
                self.bind(end);
            }
            ExprKind::Call(call) => {
                let win = self.call(call);
                let n = self.words(e.ty);
                self.mov(dst, win, n);
            }
            ExprKind::Builtin { builtin, args, spread } => self.builtin(*builtin, args, *spread, e.ty, dst),
            ExprKind::Convert(x) => self.convert(x, e.ty, dst),
            ExprKind::ToInterface(x) => {
                if self.types().is_interface(x.ty) {
                    let s = self.expr(x);
                    let from_empty = self.types().interface_methods(x.ty).is_empty();
                    self.emit(Op::IfaceConv { dst, src: s, t: e.ty.0 as u16, from_empty });
                } else {
                    let s = self.expr(x);
                    let k = self.c.iface_conv(x.ty, e.ty);
                    self.emit(Op::ToIface { dst, src: s, k });
                }
            }
            ExprKind::TypeAssert { x, asserted, comma_ok } => {
                let s = self.expr(x);
                self.c.asserts.push(AssertDesc { target: asserted.0, source: x.ty.0, comma_ok: *comma_ok });
                let k = self.c.asserts.len() as u32 - 1;
                self.emit(Op::Assert { dst, src: s, k });
            }
            ExprKind::Field(x, i) => self.field(x, *i, e.ty, dst),
            ExprKind::Deref(p) => {
                let pr = self.expr(p);
                self.load_at(dst, pr, e.ty);
            }
            ExprKind::AddrOf(place) => self.place_addr(place, dst),
            ExprKind::HeapAlloc(lit) => {
                let t = lit.ty;
                let n = self.words(t);
                let mark = self.top;
                let p = self.alloc_ptr();
                self.emit(Op::New { dst: p, t: t.0 });
                if n > 0 {
                    let v = self.alloc(t);
                    self.expr_into(lit, v);
                    self.emit(Op::StN { ptr: p, src: v, n: n as u16 });
                }
                self.emit(Op::Mov { dst, src: p });
                self.top = mark;
            }
            ExprKind::Index(x, i) => self.index(x, i, e.ty, dst),
            ExprKind::MapIndex { map, key, comma_ok } => {
                let kw = self.words(key.ty);
                let base = self.alloc_words(1 + kw, &[true]);
                self.mark_ptrs(base, 1 + kw);
                self.expr_into(map, base);
                self.expr_into(key, base + 1);
                let t = map.ty.0 as u16;
                if *comma_ok {
                    self.emit(Op::MapGet2 { dst, base, t });
                } else {
                    self.emit(Op::MapGet { dst, base, t });
                }
            }
            ExprKind::SliceExpr { x, lo, hi, max } => self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), e.ty, dst),
            ExprKind::Composite(c) => self.composite(c, e.ty, dst),
            ExprKind::Closure { func, captures } => self.closure(*func, captures, dst),
            ExprKind::MethodValue { recv, func } => {
                let synth = self.method_value_func(*func);
                let n = self.words(recv.ty);
                let r = self.alloc(recv.ty);
                self.expr_into(recv, r);
                self.emit(Op::MakeClosure { dst, func: synth, caps: r, n: n as u16 });
            }
            ExprKind::IfaceMethodValue { recv, method } => {
                let synth = self.iface_method_value_func(recv.ty, *method);
                let r = self.alloc(recv.ty);
                self.expr_into(recv, r);
                self.emit(Op::NilCheck { ptr: r });
                self.emit(Op::MakeClosure { dst, func: synth, caps: r, n: 2 });
            }
            ExprKind::Recv { chan, comma_ok } => {
                let c = self.expr(chan);
                let elem = match self.types().under(chan.ty) {
                    Type::Chan(_, e) => *e,
                    _ => TypeId::INVALID,
                };
                if *comma_ok {
                    self.emit(Op::Recv2 { dst, ch: c, t: elem.0 as u16 });
                } else {
                    self.emit(Op::Recv { dst, ch: c, t: elem.0 as u16 });
                }
            }
            ExprKind::Block(stmts, x) => {
                for s in stmts {
                    self.stmt(s);
                }
                self.expr_into(x, dst);
            }
        }
    }

    // ------------------------------------------------------------ constants and variables

    pub fn load_const(&mut self, dst: Reg, v: &ConstValue, ty: TypeId) {
        let class = self.class(ty);
        match (v, class) {
            (ConstValue::Bool(b), _) => {
                self.emit(Op::LoadInt { dst, imm: *b as i32 });
            }
            (ConstValue::String(s), _) => {
                let k = self.c.string(s.clone());
                self.emit(Op::LoadStr { dst, k });
            }
            (_, Class::F64) => {
                let f = v.to_rat().and_then(|r| constant::rat_to_f64(&r)).unwrap_or(0.0);
                self.load_word(dst, f.to_bits());
            }
            (_, Class::F32) => {
                let f = v.to_rat().and_then(|r| constant::rat_to_f32(&r)).unwrap_or(0.0);
                self.load_word(dst, f.to_bits() as u64);
            }
            (_, Class::C128) => {
                let (re, im) = complex_parts(v);
                self.load_word(dst, re.to_bits());
                self.load_word(dst + 1, im.to_bits());
            }
            (_, Class::C64) => {
                let (re, im) = complex_parts(v);
                self.load_word(dst, (re as f32).to_bits() as u64 | ((im as f32).to_bits() as u64) << 32);
            }
            _ => {
                let bits = v.to_int().map(|i| constant::int_bits(&i)).unwrap_or(0);
                self.load_word(dst, bits);
            }
        }
    }

    pub fn load_word(&mut self, dst: Reg, bits: u64) {
        let i = bits as i64;
        if i >= i32::MIN as i64 && i <= i32::MAX as i64 {
            self.emit(Op::LoadInt { dst, imm: i as i32 });
        } else {
            let k = self.c.konst(bits);
            self.emit(Op::LoadK { dst, k });
        }
    }

    pub fn load_var(&mut self, v: Var, ty: TypeId, dst: Reg) {
        let n = self.words(ty);
        match v {
            Var::Local(l) => {
                let s = self.slot(l);
                if s.boxed {
                    if n > 0 {
                        let t = self.local_ty(l);
                        self.load_at(dst, s.reg, t);
                    }
                } else {
                    self.mov(dst, s.reg, n);
                }
            }
            Var::Capture(i) => {
                let c = self.captures[i as usize];
                if c.boxed {
                    let p = self.alloc_ptr();
                    self.emit(Op::LoadCapture { dst: p, idx: c.word });
                    if n > 0 {
                        self.load_at(dst, p, c.ty);
                    }
                } else if n == 1 {
                    self.emit(Op::LoadCapture { dst, idx: c.word });
                } else if n > 0 {
                    self.emit(Op::LoadCaptureN { dst, idx: c.word, n: n as u16 });
                }
            }
            Var::Global(g) => {
                let off = self.c.global_offsets[g.0 as usize];
                let t = self.c.tir.globals[g.0 as usize].ty;
                let l = self.layout(t);
                if n == 1 && l.stride == 8 {
                    self.emit(Op::LoadGlobal { dst, off });
                } else if n > 0 {
                    let p = self.alloc_scalar();
                    self.emit(Op::GlobalAddr { dst: p, off });
                    self.load_at(dst, p, t);
                }
            }
        }
    }

    // ------------------------------------------------------------ operators

    fn unary(&mut self, op: UnOp, x: &Expr, ty: TypeId, dst: Reg) {
        let s = self.expr(x);
        match (op, self.class(ty)) {
            (UnOp::Not, _) => {
                self.emit(Op::Not { dst, src: s });
            }
            (UnOp::Neg, Class::Int(k)) => {
                self.emit(Op::NegI { dst, src: s });
                self.normalize(dst, k);
            }
            (UnOp::Neg, Class::F64) => {
                self.emit(Op::NegF { dst, src: s });
            }
            (UnOp::Neg, Class::F32) => {
                self.emit(Op::NegF32 { dst, src: s });
            }
            (UnOp::Neg, Class::C128) => {
                self.emit(Op::Complex { dst, a: s, b: s, op: ComplexOp::Neg });
            }
            (UnOp::Neg, Class::C64) => {
                self.emit(Op::Complex { dst, a: s, b: s, op: ComplexOp::Neg64 });
            }
            (UnOp::Complement, Class::Int(k)) => {
                self.emit(Op::Compl { dst, src: s });
                self.normalize(dst, k);
            }
            _ => unreachable!("minigo bug: unary {:?} on {:?}", op, self.class(ty)),
        }
    }

    /// The bits of a float64 constant operand.
    fn f64_const(&self, e: &Expr) -> Option<u64> {
        match &e.kind {
            ExprKind::Const(v) if self.class(e.ty) == Class::F64 => Some(v.to_rat().and_then(|r| constant::rat_to_f64(&r)).unwrap_or(0.0).to_bits()),
            _ => None,
        }
    }

    /// An integer constant operand that fits an instruction's 32-bit immediate.
    fn imm_const(e: &Expr) -> Option<i32> {
        match &e.kind {
            ExprKind::Const(v) => v.to_i64().and_then(|i| i32::try_from(i).ok()),
            _ => None,
        }
    }

    /// The registers of a binary operation's operands. A nested operand is evaluated into
    /// `dst` itself when that is a temporary: `a + b + c + ...` nests to the left, and a
    /// chain of 100,000 terms then needs a few registers instead of one per term.
    fn binary_operands(&mut self, l: &Expr, r: &Expr, dst: Reg) -> (Reg, Reg) {
        let nested = |e: &Expr| matches!(e.kind, ExprKind::Binary(..) | ExprKind::Unary(..) | ExprKind::Compare(..) | ExprKind::AndAnd(..) | ExprKind::OrOr(..) | ExprKind::Convert(_));
        let plain = |e: &Expr| matches!(e.kind, ExprKind::Const(_)) || matches!(e.kind, ExprKind::Var(Var::Local(_)));
        let same_words = self.words(l.ty) == self.words(r.ty);
        if nested(l) && same_words && !self.is_local_reg(dst) {
            self.expr_into(l, dst);
            return (dst, self.expr(r));
        }
        if nested(r) && plain(l) && same_words && !self.is_local_reg(dst) {
            self.expr_into(r, dst);
            return (self.expr(l), dst);
        }
        (self.expr(l), self.expr(r))
    }

    /// `c + x*y`, `x*y + c` and `c - x*y` on float64 registers as one `MulAddF` or
    /// `MulSubF` (operands evaluated left to right); false if the expression has another
    /// shape. A constant operand is left to the constant-pool forms (`MulFK`, `AddFK`...),
    /// which take as many instructions.
    fn product_sum(&mut self, op: tir::BinOp, l: &Expr, r: &Expr, dst: Reg) -> bool {
        use tir::BinOp as B;
        let factors = |b: &Self, e: &'_ Expr| -> Option<(Expr, Expr)> {
            match &e.kind {
                ExprKind::Binary(B::Mul, x, y) if b.f64_const(x).is_none() && b.f64_const(y).is_none() => Some(((**x).clone(), (**y).clone())),
                _ => None,
            }
        };
        if self.f64_const(l).is_some() || self.f64_const(r).is_some() {
            return false;
        }
        if let (B::Add | B::Sub, Some((x, y))) = (op, factors(self, r)) {
            // As in `binary_operands`: a nested left operand goes into a temporary `dst`,
            // so a long chain `a*b + c*d + ...` needs few registers.
            let nested = matches!(l.kind, ExprKind::Binary(..) | ExprKind::Unary(..) | ExprKind::Convert(_));
            let c = if nested && !self.is_local_reg(dst) {
                self.expr_into(l, dst);
                dst
            } else {
                self.expr(l)
            };
            let (a, b) = (self.expr(&x), self.expr(&y));
            self.emit(if op == B::Add { Op::MulAddF { dst, c, a, b } } else { Op::MulSubF { dst, c, a, b } });
            return true;
        }
        if let (B::Add, Some((x, y))) = (op, factors(self, l)) {
            let (a, b) = (self.expr(&x), self.expr(&y));
            let c = self.expr(r);
            self.emit(Op::MulAddF { dst, c, a, b });
            return true;
        }
        false
    }

    fn binary(&mut self, op: tir::BinOp, l: &Expr, r: &Expr, ty: TypeId, dst: Reg) {
        use tir::BinOp as B;
        let class = self.class(ty);
        // `c op x` of a commutative integer operation is `x op c`: the immediate forms
        // below then apply (`2*i`). The constant has no effects, so the order is kept.
        if matches!(class, Class::Int(_)) && matches!(op, B::Add | B::Mul | B::And | B::Or | B::Xor) && Self::imm_const(l).is_some() && Self::imm_const(r).is_none() {
            return self.binary(op, r, l, ty, dst);
        }
        // `(x + y) + c`, `(x + y) - c` and `(x + y) & c` on integers are one instruction:
        // one dispatch, and a loop-carried value makes one trip through memory, not two.
        // Normalizing once at the end is enough: both depend only on the low bits.
        if let (Class::Int(k), B::Add | B::Sub | B::And, Some(c), ExprKind::Binary(B::Add, x, y)) = (class, op, Self::imm_const(r), &l.kind) {
            let imm = if op == B::Sub { c.checked_neg() } else { Some(c) };
            if let (Some(imm), None, None) = (imm, Self::imm_const(x), Self::imm_const(y)) {
                let (a, b) = (self.expr(x), self.expr(y));
                self.emit(if op == B::And { Op::AddAndImm { dst, a, b, imm } } else { Op::AddIImm { dst, a, b, imm } });
                self.normalize(dst, k);
                return;
            }
        }
        // Immediate forms for `x + c` / `x - c` on integers.
        if let (Class::Int(k), B::Add | B::Sub) = (class, op) {
            if let Some(c) = Self::imm_const(r) {
                let imm = if op == B::Sub { c.checked_neg() } else { Some(c) };
                if let Some(imm) = imm {
                    let a = self.expr(l);
                    self.emit(Op::AddImm { dst, a, imm });
                    self.normalize(dst, k);
                    return;
                }
            }
        }
        // Unsigned division and remainder by a power of two are a shift and a mask.
        if let (Class::Int(IntKind::Unsigned(_)), Some(c), B::Div | B::Rem) = (class, Self::imm_const(r), op) {
            if c > 0 && (c as u32).is_power_of_two() {
                let a = self.expr(l);
                self.emit(if op == B::Div { Op::ShrUImm { dst, a, imm: c.trailing_zeros() as u8 } } else { Op::AndImm { dst, a, imm: c - 1 } });
                return;
            }
        }
        // Immediate forms for other integer operations with a small constant operand.
        if let (Class::Int(k), Some(c)) = (class, Self::imm_const(r)) {
            let signed = matches!(k, IntKind::Signed(_));
            let o = match op {
                B::Mul => Some(Op::MulImm { dst, a: 0, imm: c }),
                B::Div if signed && c > 1 && c.count_ones() == 1 => Some(Op::DivIPow2 { dst, a: 0, shift: c.trailing_zeros() as u8 }),
                B::Div if signed && c != 0 => Some(Op::DivIImm { dst, a: 0, imm: c }),
                B::Rem if signed && c != 0 => Some(Op::RemIImm { dst, a: 0, imm: c }),
                B::And => Some(Op::AndImm { dst, a: 0, imm: c }),
                B::Or => Some(Op::OrImm { dst, a: 0, imm: c }),
                B::Xor => Some(Op::XorImm { dst, a: 0, imm: c }),
                B::Shl if (0..64).contains(&c) => Some(Op::ShlImm { dst, a: 0, imm: c as u8 }),
                B::Shr if (0..64).contains(&c) && signed => Some(Op::ShrIImm { dst, a: 0, imm: c as u8 }),
                B::Shr if (0..64).contains(&c) => Some(Op::ShrUImm { dst, a: 0, imm: c as u8 }),
                _ => None,
            };
            if let Some(o) = o {
                let a = self.expr(l);
                let o = match o {
                    Op::MulImm { dst, imm, .. } => Op::MulImm { dst, a, imm },
                    Op::DivIImm { dst, imm, .. } => Op::DivIImm { dst, a, imm },
                    Op::DivIPow2 { dst, shift, .. } => Op::DivIPow2 { dst, a, shift },
                    Op::RemIImm { dst, imm, .. } => Op::RemIImm { dst, a, imm },
                    Op::AndImm { dst, imm, .. } => Op::AndImm { dst, a, imm },
                    Op::OrImm { dst, imm, .. } => Op::OrImm { dst, a, imm },
                    Op::XorImm { dst, imm, .. } => Op::XorImm { dst, a, imm },
                    Op::ShlImm { dst, imm, .. } => Op::ShlImm { dst, a, imm },
                    Op::ShrIImm { dst, imm, .. } => Op::ShrIImm { dst, a, imm },
                    Op::ShrUImm { dst, imm, .. } => Op::ShrUImm { dst, a, imm },
                    _ => unreachable!(),
                };
                self.emit(o);
                // Negative masks and xors can set bits above a narrow type; products and
                // left shifts overflow it.
                if matches!(op, B::Mul | B::Shl | B::Div) || (c < 0 && matches!(op, B::Or | B::Xor)) {
                    self.normalize(dst, k);
                }
                return;
            }
        }
        // float64 arithmetic with a constant operand reads it from the constant pool.
        if class == Class::F64 {
            if let Some(bits) = self.f64_const(r) {
                let a = self.expr(l);
                let k = self.c.konst(bits);
                self.emit(match op {
                    B::Add => Op::AddFK { dst, a, k },
                    B::Sub => Op::SubFK { dst, a, k },
                    B::Mul => Op::MulFK { dst, a, k },
                    _ => Op::DivFK { dst, a, k },
                });
                return;
            }
            if let Some(bits) = self.f64_const(l) {
                let a = self.expr(r);
                let k = self.c.konst(bits);
                self.emit(match op {
                    B::Add => Op::AddFK { dst, a, k },
                    B::Sub => Op::KSubF { dst, a, k },
                    B::Mul => Op::MulFK { dst, a, k },
                    _ => Op::KDivF { dst, a, k },
                });
                return;
            }
        }
        if class == Class::F64 && self.product_sum(op, l, r, dst) {
            return;
        }
        let (a, b) = self.binary_operands(l, r, dst);
        match class {
            Class::Int(k) => {
                let signed = matches!(k, IntKind::Signed(_));
                let o = match op {
                    B::Add => Op::AddI { dst, a, b },
                    B::Sub => Op::SubI { dst, a, b },
                    B::Mul => Op::MulI { dst, a, b },
                    B::Div if signed => Op::DivI { dst, a, b },
                    B::Div => Op::DivU { dst, a, b },
                    B::Rem if signed => Op::RemI { dst, a, b },
                    B::Rem => Op::RemU { dst, a, b },
                    B::And => Op::And { dst, a, b },
                    B::Or => Op::Or { dst, a, b },
                    B::Xor => Op::Xor { dst, a, b },
                    B::AndNot => Op::AndNot { dst, a, b },
                    B::Shl | B::Shr => {
                        self.shift_count_check(r, b);
                        match op {
                            B::Shl => Op::Shl { dst, a, b },
                            _ if signed => Op::ShrI { dst, a, b },
                            _ => Op::ShrU { dst, a, b },
                        }
                    }
                };
                self.emit(o);
                // Bitwise ops, right shifts and unsigned quotients and remainders (never
                // above the dividend) keep normalized operands normalized.
                if matches!(op, B::Add | B::Sub | B::Mul | B::Shl) || (signed && matches!(op, B::Div | B::Rem)) {
                    self.normalize(dst, k);
                }
            }
            Class::F64 => {
                let o = match op {
                    B::Add => Op::AddF { dst, a, b },
                    B::Sub => Op::SubF { dst, a, b },
                    B::Mul => Op::MulF { dst, a, b },
                    _ => Op::DivF { dst, a, b },
                };
                self.emit(o);
            }
            Class::F32 => {
                let o = match op {
                    B::Add => Op::AddF32 { dst, a, b },
                    B::Sub => Op::SubF32 { dst, a, b },
                    B::Mul => Op::MulF32 { dst, a, b },
                    _ => Op::DivF32 { dst, a, b },
                };
                self.emit(o);
            }
            Class::C128 | Class::C64 => {
                let c64 = class == Class::C64;
                let cop = match (op, c64) {
                    (B::Add, false) => ComplexOp::Add,
                    (B::Sub, false) => ComplexOp::Sub,
                    (B::Mul, false) => ComplexOp::Mul,
                    (_, false) => ComplexOp::Div,
                    (B::Add, true) => ComplexOp::Add64,
                    (B::Sub, true) => ComplexOp::Sub64,
                    (B::Mul, true) => ComplexOp::Mul64,
                    (_, true) => ComplexOp::Div64,
                };
                if matches!(cop, ComplexOp::Div | ComplexOp::Div64) {
                    // Go panics on complex division by zero only for integers; floats give Inf/NaN.
                }
                self.emit(Op::Complex { dst, a, b, op: cop });
            }
            Class::Str => {
                self.emit(Op::Concat { dst, a, b });
            }
            _ => unreachable!("minigo bug: binary {:?} on {:?}", op, class),
        }
    }

    /// Signed shift counts must not be negative.
    fn shift_count_check(&mut self, count: &Expr, b: Reg) {
        if let Class::Int(IntKind::Signed(_)) = self.class(count.ty) {
            if let ExprKind::Const(_) = count.kind {
                return;
            }
            let zero = self.alloc_scalar();
            self.emit(Op::LoadInt { dst: zero, imm: 0 });
            let ok = self.new_label();
            let t = self.alloc_scalar();
            self.emit(Op::LtI { dst: t, a: b, b: zero });
            self.jump_if_not(t, ok);
            let k = self.c.string(b"negative shift amount".to_vec());
            // Throw raises the message as is: add Go's prefix.
            let _ = k;
            let k = self.c.string(b"runtime error: negative shift amount".to_vec());
            self.emit(Op::Throw { k });
            self.bind(ok);
        }
    }

    fn compare(&mut self, op: CmpOp, l: &Expr, r: &Expr, dst: Reg) {
        let mut class = self.class(l.ty);
        if matches!(self.types().under(l.ty), Type::Slice(_)) {
            // A slice compares only with nil: its data pointer decides.
            class = Class::Ref;
        }
        let a = self.expr(l);
        let b = self.expr(r);
        match class {
            Class::Int(k) => {
                let signed = matches!(k, IntKind::Signed(_));
                let o = match (op, signed) {
                    (CmpOp::Eq, _) => Op::EqI { dst, a, b },
                    (CmpOp::Ne, _) => Op::NeI { dst, a, b },
                    (CmpOp::Lt, true) => Op::LtI { dst, a, b },
                    (CmpOp::Le, true) => Op::LeI { dst, a, b },
                    (CmpOp::Gt, true) => Op::LtI { dst, a: b, b: a },
                    (CmpOp::Ge, true) => Op::LeI { dst, a: b, b: a },
                    (CmpOp::Lt, false) => Op::LtU { dst, a, b },
                    (CmpOp::Le, false) => Op::LeU { dst, a, b },
                    (CmpOp::Gt, false) => Op::LtU { dst, a: b, b: a },
                    (CmpOp::Ge, false) => Op::LeU { dst, a: b, b: a },
                };
                self.emit(o);
            }
            Class::Bool | Class::Ref => {
                let o = match op {
                    CmpOp::Eq => Op::EqI { dst, a, b },
                    _ => Op::NeI { dst, a, b },
                };
                self.emit(o);
            }
            Class::F64 => {
                let o = match op {
                    CmpOp::Eq => Op::EqF { dst, a, b },
                    CmpOp::Ne => Op::NeF { dst, a, b },
                    CmpOp::Lt => Op::LtF { dst, a, b },
                    CmpOp::Le => Op::LeF { dst, a, b },
                    CmpOp::Gt => Op::LtF { dst, a: b, b: a },
                    CmpOp::Ge => Op::LeF { dst, a: b, b: a },
                };
                self.emit(o);
            }
            Class::F32 => {
                let o = match op {
                    CmpOp::Eq => Op::EqF32 { dst, a, b },
                    CmpOp::Ne => Op::NeF32 { dst, a, b },
                    CmpOp::Lt => Op::LtF32 { dst, a, b },
                    CmpOp::Le => Op::LeF32 { dst, a, b },
                    CmpOp::Gt => Op::LtF32 { dst, a: b, b: a },
                    CmpOp::Ge => Op::LeF32 { dst, a: b, b: a },
                };
                self.emit(o);
            }
            Class::C128 | Class::C64 => {
                let c64 = class == Class::C64;
                let cop = match (op, c64) {
                    (CmpOp::Eq, false) => ComplexOp::Eq,
                    (_, false) => ComplexOp::Ne,
                    (CmpOp::Eq, true) => ComplexOp::Eq64,
                    (_, true) => ComplexOp::Ne64,
                };
                self.emit(Op::Complex { dst, a, b, op: cop });
            }
            Class::Str => match op {
                CmpOp::Eq => {
                    self.emit(Op::EqStr { dst, a, b });
                }
                CmpOp::Ne => {
                    self.emit(Op::EqStr { dst, a, b });
                    self.emit(Op::Not { dst, src: dst });
                }
                _ => {
                    let c = self.alloc_scalar();
                    self.emit(Op::CmpStr { dst: c, a, b });
                    let z = self.alloc_scalar();
                    self.emit(Op::LoadInt { dst: z, imm: 0 });
                    let o = match op {
                        CmpOp::Lt => Op::LtI { dst, a: c, b: z },
                        CmpOp::Le => Op::LeI { dst, a: c, b: z },
                        CmpOp::Gt => Op::LtI { dst, a: z, b: c },
                        _ => Op::LeI { dst, a: z, b: c },
                    };
                    self.emit(o);
                }
            },
            Class::Iface | Class::Other => {
                let t = l.ty.0 as u16;
                self.emit(Op::EqType { dst, a, b, t });
                if op == CmpOp::Ne {
                    self.emit(Op::Not { dst, src: dst });
                }
            }
        }
    }

    /// Jumps to `target` when `e` evaluates to `want`.
    pub fn cond_jump(&mut self, e: &Expr, want: bool, target: Label) {
        match &e.kind {
            ExprKind::Unary(UnOp::Not, x) => self.cond_jump(x, !want, target),
            ExprKind::AndAnd(l, r) => {
                if want {
                    let skip = self.new_label();
                    self.cond_jump(l, false, skip);
                    self.cond_jump(r, true, target);
                    self.bind(skip);
                } else {
                    self.cond_jump(l, false, target);
                    self.cond_jump(r, false, target);
                }
            }
            ExprKind::OrOr(l, r) => {
                if want {
                    self.cond_jump(l, true, target);
                    self.cond_jump(r, true, target);
                } else {
                    let skip = self.new_label();
                    self.cond_jump(l, true, skip);
                    self.cond_jump(r, false, target);
                    self.bind(skip);
                }
            }
            ExprKind::Const(ConstValue::Bool(b)) => {
                if *b == want {
                    self.jump(target);
                }
            }
            ExprKind::Compare(op, l, r) if self.class(l.ty) == Class::F64 => {
                // Fused float compare-and-branch. Negating a comparison is not the reverse
                // comparison when an operand is NaN: the `Not` forms jump then.
                let mark = self.top;
                // A constant operand (not NaN: Go has no NaN constants) is read from the
                // constant pool: `K < x` is `x > K`.
                let with_const = match (self.f64_const(l), self.f64_const(r)) {
                    (_, Some(bits)) => Some((l, *op, bits)),
                    (Some(bits), None) => Some((r, mirror(*op), bits)),
                    _ => None,
                };
                if let Some((x, op, bits)) = with_const.filter(|(_, op, _)| !matches!(op, CmpOp::Eq | CmpOp::Ne)) {
                    let a = self.expr(x);
                    let k = self.c.konst(bits);
                    let o = match (op, want) {
                        (CmpOp::Lt, true) => Op::JmpLtFK { a, k, off: 0 },
                        (CmpOp::Le, true) => Op::JmpLeFK { a, k, off: 0 },
                        (CmpOp::Gt, true) => Op::JmpGtFK { a, k, off: 0 },
                        (CmpOp::Ge, true) => Op::JmpGeFK { a, k, off: 0 },
                        (CmpOp::Lt, false) => Op::JmpNotLtFK { a, k, off: 0 },
                        (CmpOp::Le, false) => Op::JmpNotLeFK { a, k, off: 0 },
                        (CmpOp::Gt, false) => Op::JmpNotGtFK { a, k, off: 0 },
                        (_, false) => Op::JmpNotGeFK { a, k, off: 0 },
                        (_, true) => Op::JmpGeFK { a, k, off: 0 },
                    };
                    self.jump_op(o, target);
                    self.top = mark;
                    return;
                }
                let a = self.expr(l);
                let b = self.expr(r);
                let o = match (*op, want) {
                    (CmpOp::Eq, true) | (CmpOp::Ne, false) => Op::JmpEqF { a, b, off: 0 },
                    (CmpOp::Ne, true) | (CmpOp::Eq, false) => Op::JmpNeF { a, b, off: 0 },
                    (CmpOp::Lt, true) => Op::JmpLtF { a, b, off: 0 },
                    (CmpOp::Lt, false) => Op::JmpNotLtF { a, b, off: 0 },
                    (CmpOp::Le, true) => Op::JmpLeF { a, b, off: 0 },
                    (CmpOp::Le, false) => Op::JmpNotLeF { a, b, off: 0 },
                    (CmpOp::Gt, true) => Op::JmpLtF { a: b, b: a, off: 0 },
                    (CmpOp::Gt, false) => Op::JmpNotLtF { a: b, b: a, off: 0 },
                    (CmpOp::Ge, true) => Op::JmpLeF { a: b, b: a, off: 0 },
                    (CmpOp::Ge, false) => Op::JmpNotLeF { a: b, b: a, off: 0 },
                };
                self.jump_op(o, target);
                self.top = mark;
            }
            ExprKind::Compare(op, l, r) if matches!(self.class(l.ty), Class::Int(_) | Class::Bool | Class::Ref) => {
                // Fused compare-and-branch (with an immediate for small constants).
                let signed = !matches!(self.class(l.ty), Class::Int(IntKind::Unsigned(_)));
                let op = if want { *op } else { negate(*op) };
                let mark = self.top;
                let a = self.expr(l);
                if let (true, ExprKind::Const(v)) = (signed, &r.kind) {
                    if let Some(imm) = v.to_i64().and_then(|i| i32::try_from(i).ok()) {
                        let o = match op {
                            CmpOp::Eq => Op::JmpEqImm { a, imm, off: 0 },
                            CmpOp::Ne => Op::JmpNeImm { a, imm, off: 0 },
                            CmpOp::Lt => Op::JmpLtImm { a, imm, off: 0 },
                            CmpOp::Le => Op::JmpLeImm { a, imm, off: 0 },
                            CmpOp::Gt => Op::JmpGtImm { a, imm, off: 0 },
                            CmpOp::Ge => Op::JmpGeImm { a, imm, off: 0 },
                        };
                        self.jump_op(o, target);
                        self.top = mark;
                        return;
                    }
                }
                let b = self.expr(r);
                let o = match (op, signed) {
                    (CmpOp::Eq, _) => Op::JmpEqI { a, b, off: 0 },
                    (CmpOp::Ne, _) => Op::JmpNeI { a, b, off: 0 },
                    (CmpOp::Lt, true) => Op::JmpLtI { a, b, off: 0 },
                    (CmpOp::Le, true) => Op::JmpLeI { a, b, off: 0 },
                    (CmpOp::Gt, true) => Op::JmpLtI { a: b, b: a, off: 0 },
                    (CmpOp::Ge, true) => Op::JmpLeI { a: b, b: a, off: 0 },
                    (CmpOp::Lt, false) => Op::JmpLtU { a, b, off: 0 },
                    (CmpOp::Le, false) => Op::JmpLeU { a, b, off: 0 },
                    (CmpOp::Gt, false) => Op::JmpLtU { a: b, b: a, off: 0 },
                    (CmpOp::Ge, false) => Op::JmpLeU { a: b, b: a, off: 0 },
                };
                self.jump_op(o, target);
                self.top = mark;
            }
            _ => {
                let mark = self.top;
                let r = self.expr(e);
                if want {
                    self.jump_if(r, target);
                } else {
                    self.jump_if_not(r, target);
                }
                self.top = mark;
            }
        }
    }

    // ------------------------------------------------------------ conversions

    fn convert(&mut self, x: &Expr, to: TypeId, dst: Reg) {
        let from = x.ty;
        let (fc, tc) = (self.class(from), self.class(to));
        let n = self.words(to);
        let fu = self.types().under(from).clone();
        let tu = self.types().under(to).clone();
        // String conversions.
        if tc == Class::Str {
            match fc {
                Class::Int(_) => {
                    let s = self.expr(x);
                    self.emit(Op::StrConv { dst, src: s, kind: StrConv::FromRune });
                    return;
                }
                Class::Str => {
                    self.expr_into(x, dst);
                    return;
                }
                _ => {
                    if let Type::Slice(e) = fu {
                        let s = self.expr(x);
                        let kind = if self.layout(e).stride == 1 { StrConv::FromBytes } else { StrConv::FromRunes };
                        self.emit(Op::StrConv { dst, src: s, kind });
                        return;
                    }
                }
            }
        }
        if fc == Class::Str {
            if let Type::Slice(e) = tu {
                let s = self.expr(x);
                let kind = if self.layout(e).stride == 1 { StrConv::ToBytes } else { StrConv::ToRunes };
                self.emit(Op::StrConv { dst, src: s, kind });
                return;
            }
        }
        match (fc, tc) {
            (Class::Int(fk), Class::Int(tk)) => {
                self.expr_into(x, dst);
                if fk != tk {
                    // Wider or same-width targets of the same signedness need nothing.
                    let needs = match (fk, tk) {
                        (IntKind::Signed(a), IntKind::Signed(b)) => b < a,
                        (IntKind::Unsigned(a), IntKind::Unsigned(b)) => b < a,
                        _ => true,
                    };
                    if needs {
                        self.normalize(dst, tk);
                    }
                }
            }
            (Class::Int(fk), Class::F64 | Class::F32) => {
                let s = self.expr(x);
                let kind = match (fk, tc) {
                    (IntKind::Signed(_), Class::F64) => ConvKind::I64ToF64,
                    (IntKind::Unsigned(_), Class::F64) => ConvKind::U64ToF64,
                    (IntKind::Signed(_), _) => ConvKind::I64ToF32,
                    _ => ConvKind::U64ToF32,
                };
                if kind == ConvKind::I64ToF64 {
                    self.emit(Op::IntToF64 { dst, src: s });
                } else {
                    self.emit(Op::Conv { dst, src: s, kind });
                }
            }
            (Class::F64 | Class::F32, Class::Int(tk)) => {
                let s = self.expr(x);
                let kind = match (fc, tk) {
                    (Class::F64, IntKind::Signed(_)) => ConvKind::F64ToI64,
                    (Class::F64, IntKind::Unsigned(_)) => ConvKind::F64ToU64,
                    (_, IntKind::Signed(_)) => ConvKind::F32ToI64,
                    _ => ConvKind::F32ToU64,
                };
                self.emit(Op::Conv { dst, src: s, kind });
                self.normalize(dst, tk);
            }
            (Class::F64, Class::F32) => {
                let s = self.expr(x);
                self.emit(Op::Conv { dst, src: s, kind: ConvKind::F64ToF32 });
            }
            (Class::F32, Class::F64) => {
                let s = self.expr(x);
                self.emit(Op::Conv { dst, src: s, kind: ConvKind::F32ToF64 });
            }
            (Class::C64, Class::C128) => {
                let s = self.expr(x);
                self.emit(Op::Conv { dst, src: s, kind: ConvKind::C64ToC128 });
            }
            (Class::C128, Class::C64) => {
                let s = self.expr(x);
                self.emit(Op::Conv { dst, src: s, kind: ConvKind::C128ToC64 });
            }
            _ => {
                // Slice → array (pointer) conversions check the length.
                if let (Type::Slice(_), Type::Array(_, len)) = (&fu, &tu) {
                    let s = self.expr(x);
                    self.slice_len_check(s, *len);
                    if n > 0 {
                        self.load_at(dst, s, to);
                    }
                    return;
                }
                if let (Type::Slice(_), Type::Pointer(p)) = (&fu, &tu) {
                    if let Type::Array(_, len) = self.types().under(*p).clone() {
                        let s = self.expr(x);
                        let nil = self.new_label();
                        let done = self.new_label();
                        // A nil slice converts to a nil pointer; otherwise the length must fit.
                        let zero = self.alloc_scalar();
                        self.emit(Op::LoadInt { dst: zero, imm: 0 });
                        let t = self.alloc_scalar();
                        self.emit(Op::EqI { dst: t, a: s, b: zero });
                        self.jump_if(t, nil);
                        self.slice_len_check(s, len);
                        self.bind(nil);
                        self.emit(Op::Mov { dst, src: s });
                        self.bind(done);
                        return;
                    }
                }
                // Same layout: named ↔ underlying, pointers, unsafe.Pointer...
                self.expr_into(x, dst);
            }
        }
    }

    /// Panics unless the slice at `s` has at least `len` elements.
    fn slice_len_check(&mut self, s: Reg, len: u64) {
        let ok = self.new_label();
        let l = self.alloc_scalar();
        self.load_word(l, len);
        let t = self.alloc_scalar();
        self.emit(Op::LtU { dst: t, a: s + 1, b: l });
        self.jump_if_not(t, ok);
        let k = self.c.string(format!("runtime error: cannot convert slice with length {{}} to array or pointer to array with length {}", len).into_bytes());
        self.emit(Op::ThrowInt { k, a: s + 1 });
        self.bind(ok);
    }

    // ------------------------------------------------------------ fields, indexing, slicing

    /// If `e` denotes memory (reached through a pointer), evaluates its address into a
    /// register and returns (register, byte offset).
    pub fn mem_addr(&mut self, e: &Expr) -> Option<(Reg, u32)> {
        match &e.kind {
            ExprKind::Deref(p) => Some((self.expr(p), 0)),
            ExprKind::Field(x, i) => {
                let (r, off) = self.mem_addr(x)?;
                let fo = self.c.layouts.field_offset(&self.c.tir.types, x.ty, *i);
                Some((r, off + fo))
            }
            ExprKind::Var(Var::Local(l)) if self.slot(*l).boxed => Some((self.slot(*l).reg, 0)),
            ExprKind::Var(Var::Global(g)) => {
                let p = self.alloc_ptr();
                let off = self.c.global_offsets[g.0 as usize];
                self.emit(Op::GlobalAddr { dst: p, off });
                Some((p, 0))
            }
            _ => None,
        }
    }

    /// Whether [`Self::mem_addr`] finds `e` in memory.
    fn in_memory(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Deref(_) | ExprKind::Var(Var::Global(_)) => true,
            ExprKind::Field(x, _) => self.in_memory(x),
            ExprKind::Var(Var::Local(l)) => self.slot(*l).boxed,
            _ => false,
        }
    }

    /// An index expression whose evaluation can neither call, receive, store nor panic: a
    /// constant, a local variable or wrapping arithmetic on them.
    fn effect_free_index(e: &Expr) -> bool {
        use tir::BinOp as B;
        match &e.kind {
            ExprKind::Const(_) | ExprKind::Var(Var::Local(_)) => true,
            ExprKind::Binary(B::Add | B::Sub | B::Mul | B::And | B::Or | B::Xor | B::AndNot, l, r) => Self::effect_free_index(l) && Self::effect_free_index(r),
            _ => false,
        }
    }

    fn field(&mut self, x: &Expr, i: u32, ty: TypeId, dst: Reg) {
        let n = self.words(ty);
        if let Some((p, off)) = self.mem_addr(x) {
            let off = off + self.c.layouts.field_offset(&self.c.tir.types, x.ty, i);
            self.load_mem(dst, p, off, ty);
            return;
        }
        let off = self.c.layouts.field_offset(&self.c.tir.types, x.ty, i) / 8;
        let r = self.expr(x);
        self.mov(dst, r + off as u16, n);
    }

    /// Loads a value of type `t` at `p + off` (nil-checked).
    pub fn load_mem(&mut self, dst: Reg, p: Reg, off: u32, t: TypeId) {
        let n = self.words(t);
        if n == 0 {
            self.emit(Op::NilCheck { ptr: p });
            return;
        }
        if let Some(bytes) = self.packed_array_bytes(t) {
            let q = if off == 0 { p } else { self.add_ptr(p, off) };
            self.emit(Op::LdB { dst, ptr: q, bytes });
            return;
        }
        if n == 1 && off <= u16::MAX as u32 {
            let mem = self.layout(t).packed;
            self.emit(Op::Ld { dst, ptr: p, off: off as u16, mem });
            return;
        }
        let q = if off == 0 { p } else { self.add_ptr(p, off) };
        self.load_at(dst, q, t);
    }

    /// Loads a value of type `t` from the address in `p` (nil-checked). Small scalars are
    /// read with their own width (the pointer may point into a packed array); signed narrow
    /// words of larger values are re-read sign-extended (see `Layout::signed`).
    pub fn load_at(&mut self, dst: Reg, p: Reg, t: TypeId) {
        let l = self.layout(t);
        let n = l.words();
        if n == 0 {
            self.emit(Op::NilCheck { ptr: p });
        } else if let Some(bytes) = self.packed_array_bytes(t) {
            self.emit(Op::LdB { dst, ptr: p, bytes });
        } else if n == 1 {
            self.emit(Op::Ld { dst, ptr: p, off: 0, mem: l.packed });
        } else {
            self.emit(Op::LdN { dst, ptr: p, n: n as u16 });
            if l.signed.len() <= 64 {
                for &(w, mem) in &l.signed {
                    if w * 8 <= u16::MAX as u32 {
                        self.emit(Op::Ld { dst: dst + w as u16, ptr: p, off: (w * 8) as u16, mem });
                    }
                }
            }
        }
    }

    /// The byte size of an array of scalars narrower than a word. Such an array reached
    /// through a pointer may be unaligned and shorter than its padded register size (it can
    /// be a converted slice: `(*[3]byte)(s[1:4])`), so it is accessed byte-exactly.
    pub fn packed_array_bytes(&mut self, t: TypeId) -> Option<u16> {
        let Type::Array(e, n) = self.types().under(t).clone() else { return None };
        let el = self.layout(e);
        if el.stride >= 8 || n == 0 {
            return None;
        }
        u16::try_from(el.stride as u64 * n).ok()
    }

    /// A register holding `p + off` (nil-checked).
    pub fn add_ptr(&mut self, p: Reg, off: u32) -> Reg {
        let q = self.alloc_scalar();
        if off <= u16::MAX as u32 {
            self.emit(Op::AddPtr { dst: q, src: p, off: off as u16 });
        } else {
            self.emit(Op::NilCheck { ptr: p });
            let k = self.alloc_scalar();
            self.load_word(k, off as u64);
            self.emit(Op::AddI { dst: q, a: p, b: k });
        }
        q
    }

    fn index(&mut self, x: &Expr, i: &Expr, ty: TypeId, dst: Reg) {
        let at = self.lbrack_after(x.pos);
        let xu = self.types().under(x.ty).clone();
        let el = self.layout(ty);
        let n = el.words();
        match xu {
            Type::Basic(_) => {
                let s = self.expr(x);
                let ir = self.expr(i);
                self.at_lbrack(at);
                self.emit(Op::StrIdx { dst, s, i: ir });
            }
            Type::Slice(_) if n == 1 && el.stride <= 8 && self.in_memory(x) && Self::effect_free_index(i) => {
                // `p.items[i]`: the header is read from memory by the indexing instruction
                // (the index has no effects that could change it in between).
                let (p, off) = self.mem_addr(x).expect("minigo bug: in_memory and mem_addr disagree");
                let q = if off == 0 { p } else { self.add_ptr(p, off) };
                let ir = self.expr(i);
                self.at_lbrack(at);
                self.emit(Op::SliceLdAt { dst, ptr: q, i: ir, mem: el.packed });
            }
            Type::Slice(_) => {
                let s = self.expr(x);
                let ir = self.expr(i);
                self.at_lbrack(at);
                if n == 1 && el.stride <= 8 {
                    self.emit(Op::SliceLd { dst, s, i: ir, mem: el.packed });
                } else {
                    let a = self.alloc_scalar();
                    self.emit(Op::SliceAddr { dst: a, s, i: ir, esize: el.stride as u16 });
                    if n > 0 {
                        self.load_at(dst, a, ty);
                    }
                }
            }
            Type::Array(_, len) => {
                if let Some((p, off)) = self.mem_addr(x) {
                    let ir = self.expr(i);
                    self.at_lbrack(at);
                    self.emit(Op::BoundsCheck { idx: ir, len: len as u32 });
                    let base = if off == 0 { p } else { self.add_ptr(p, off) };
                    let a = self.alloc_scalar();
                    self.emit(Op::NilCheck { ptr: base });
                    self.emit(Op::IndexAddr { dst: a, ptr: base, idx: ir, esize: el.stride as u16 });
                    if n == 1 && el.stride <= 8 {
                        self.emit(Op::Ld { dst, ptr: a, off: 0, mem: el.packed });
                    } else if n > 0 {
                        self.load_at(dst, a, ty);
                    }
                    return;
                }
                let r = self.expr(x);
                if let (ExprKind::Const(v), true) = (&i.kind, el.stride >= 8) {
                    let k = v.to_i64().unwrap_or(0) as u32;
                    self.mov(dst, r + (k * n) as u16, n);
                    return;
                }
                let ir = self.expr(i);
                self.at_lbrack(at);
                self.emit(Op::BoundsCheck { idx: ir, len: len as u32 });
                if n == 0 {
                    // Zero-size elements: nothing to load.
                } else if el.stride < 8 {
                    self.emit(Op::RegLd { dst, base: r, idx: ir, mem: el.packed });
                } else {
                    self.emit(Op::RegLdN { dst, base: r, idx: ir, n: n as u16 });
                }
            }
            _ => unreachable!("minigo bug: index of {:?}", xu),
        }
    }

    fn slice_expr(&mut self, x: &Expr, lo: Option<&Expr>, hi: Option<&Expr>, max: Option<&Expr>, ty: TypeId, dst: Reg) {
        let xu = self.types().under(x.ty).clone();
        let (kind, words, t) = match xu {
            Type::Basic(_) => (0u8, 2, TypeId::BYTE),
            Type::Slice(e) => (1, 3, e),
            Type::Pointer(a) => (2, 1, a),
            _ => unreachable!("minigo bug: slicing {:?}", xu),
        };
        let nb = [lo, hi, max].iter().filter(|b| b.is_some()).count() as u32;
        let base = self.alloc_words(words + nb, &[true]);
        self.expr_into(x, base);
        let mut next = base + words as u16;
        let mut flags = kind << 4;
        for (bit, b) in [(1u8, lo), (2, hi), (4, max)] {
            if let Some(b) = b {
                self.expr_into(b, next);
                next += 1;
                flags |= bit;
            }
        }
        let _ = ty;
        // The `[`: after the operand, or (for an array, sliced through its address) before
        // the first bound.
        let at = self.lbrack_after(x.pos).or_else(|| match (lo, hi) {
            (Some(lo), _) => self.lbrack_before(lo.pos, false),
            (None, Some(hi)) => self.lbrack_before(hi.pos, true),
            (None, None) => None,
        });
        self.at_lbrack(at);
        self.emit(Op::Slice { dst, base, flags, t: t.0 as u16 });
    }

    // ------------------------------------------------------------ composites and closures

    /// `g = [N]T{...constants...}` for an array of at least [`LARGE_ARRAY_WORDS`] words (a
    /// data table, possibly too large for a frame's registers): zeroes the global and stores
    /// the elements in place. Returns false (nothing emitted) for anything else.
    pub fn large_constant_array_into_global(&mut self, g: tir::GlobalId, e: &Expr) -> bool {
        let ExprKind::Composite(Composite::Array(elems)) = &e.kind else { return false };
        if self.words(e.ty) < LARGE_ARRAY_WORDS || !elems.iter().all(|(_, v)| matches!(v.kind, ExprKind::Const(_))) {
            return false;
        }
        let Type::Array(et, len) = self.types().under(e.ty).clone() else { return false };
        self.set_pos(e.pos);
        let el = self.layout(et);
        let off = self.c.global_offsets[g.0 as usize];
        let s = self.alloc_words(3, &[true]);
        self.emit(Op::GlobalAddr { dst: s, off });
        self.load_word(s + 1, len);
        self.load_word(s + 2, len);
        self.emit(Op::ClearSlice { s, t: et.0 as u16 });
        for (i, v) in elems {
            let mark = self.top;
            let v = self.expr(v);
            let n = el.words();
            let a = self.alloc_scalar();
            let ir = self.alloc_scalar();
            self.load_word(ir, *i);
            self.emit(Op::IndexAddr { dst: a, ptr: s, idx: ir, esize: el.stride as u16 });
            if n == 1 && el.stride <= 8 {
                self.emit(Op::St { ptr: a, off: 0, src: v, mem: el.packed });
            } else if n > 0 {
                self.emit(Op::StN { ptr: a, src: v, n: n as u16 });
            }
            self.top = mark;
        }
        true
    }

    fn composite(&mut self, c: &Composite, ty: TypeId, dst: Reg) {
        match c {
            Composite::Struct(fields, order) => {
                let mut offs = Vec::with_capacity(fields.len());
                let mut off = 0u32;
                for f in fields {
                    offs.push(off);
                    off += self.words(f.ty);
                }
                // Keyed elements in source order, then the rest (zero values).
                let mut done = vec![false; fields.len()];
                for i in order.iter().copied().chain(0..fields.len() as u32) {
                    let i = i as usize;
                    if !std::mem::replace(&mut done[i], true) {
                        self.expr_into(&fields[i], dst + offs[i] as u16);
                    }
                }
            }
            Composite::Array(elems) => {
                let total = self.words(ty);
                if total > 0 {
                    self.emit(Op::Zero { dst, n: total as u16 });
                }
                let Type::Array(et, _) = self.types().under(ty).clone() else { unreachable!() };
                let el = self.layout(et);
                for (i, e) in elems {
                    if el.size == 0 {
                        let mark = self.top;
                        let _ = self.expr(e);
                        self.top = mark;
                    } else if el.stride < 8 {
                        let mark = self.top;
                        let v = self.expr(e);
                        let ir = self.alloc_scalar();
                        self.load_word(ir, *i);
                        self.emit(Op::RegSt { base: dst, idx: ir, src: v, mem: el.packed });
                        self.top = mark;
                    } else {
                        let w = el.words();
                        self.expr_into(e, dst + (*i as u32 * w) as u16);
                    }
                }
            }
            Composite::Slice { elems, len } => {
                let Type::Slice(et) = self.types().under(ty).clone() else { unreachable!() };
                let at = self.c.tir.types.intern(Type::Array(et, *len));
                let _ = self.layout(at); // an array too large is reported after the statement
                let el = self.layout(et);
                let p = self.alloc_ptr();
                if *len == 0 {
                    self.emit(Op::Zero { dst, n: 3 });
                    let z = self.alloc_scalar();
                    self.emit(Op::New { dst: z, t: at.0 });
                    self.emit(Op::Mov { dst, src: z });
                    return;
                }
                self.emit(Op::New { dst: p, t: at.0 });
                for (i, e) in elems {
                    let mark = self.top;
                    let v = self.expr(e);
                    let n = el.words();
                    let a = self.alloc_scalar();
                    let ir = self.alloc_scalar();
                    self.load_word(ir, *i);
                    self.emit(Op::IndexAddr { dst: a, ptr: p, idx: ir, esize: el.stride as u16 });
                    if n == 1 && el.stride <= 8 {
                        self.emit(Op::St { ptr: a, off: 0, src: v, mem: el.packed });
                    } else if n > 0 {
                        self.emit(Op::StN { ptr: a, src: v, n: n as u16 });
                    }
                    self.top = mark;
                }
                self.emit(Op::Mov { dst, src: p });
                self.load_word(dst + 1, *len);
                self.load_word(dst + 2, *len);
            }
            Composite::Map(entries) => {
                let t = ty.0 as u16;
                let hint = self.alloc_scalar();
                self.load_word(hint, entries.len() as u64);
                self.emit(Op::MakeMap { dst, t, hint });
                let Type::Map(kt, vt) = self.types().under(ty).clone() else { unreachable!() };
                let (kw, vw) = (self.words(kt), self.words(vt));
                for (k, v) in entries {
                    let mark = self.top;
                    let base = self.alloc_words(1 + kw + vw, &[true]);
                    self.mark_ptrs(base, 1 + kw + vw);
                    self.emit(Op::Mov { dst: base, src: dst });
                    self.expr_into(k, base + 1);
                    self.expr_into(v, base + 1 + kw as u16);
                    self.emit(Op::MapSet { base, t });
                    self.top = mark;
                }
            }
        }
    }

    fn closure(&mut self, func: types::ty::FuncId, captures: &[Var], dst: Reg) {
        let mut words = 0u32;
        let mut parts = Vec::new();
        for (i, v) in captures.iter().enumerate() {
            let (ty, boxed) = crate::func::capture_origin(self.c, func, i as u32);
            let n = if boxed { 1 } else { self.words(ty) };
            parts.push((*v, ty, boxed, words));
            words += n;
        }
        let caps = self.alloc_words(words, &[]);
        self.mark_ptrs(caps, words);
        for (v, ty, boxed, off) in parts {
            let r = caps + off as u16;
            if boxed {
                // Share the variable: pass its cell.
                match v {
                    Var::Local(l) => {
                        let s = self.slot(l);
                        self.emit(Op::Mov { dst: r, src: s.reg });
                    }
                    Var::Capture(j) => {
                        let c = self.captures[j as usize];
                        self.emit(Op::LoadCapture { dst: r, idx: c.word });
                    }
                    Var::Global(_) => unreachable!("minigo bug: captured global"),
                }
            } else {
                self.load_var(v, ty, r);
            }
        }
        let func = self.c.fidx(func);
        self.emit(Op::MakeClosure { dst, func, caps, n: words as u16 });
    }

    // ------------------------------------------------------------ builtins

    fn builtin(&mut self, b: Builtin, args: &[Expr], spread: bool, ty: TypeId, dst: Reg) {
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = &args[0];
                match self.types().under(x.ty).clone() {
                    Type::Basic(_) => {
                        let s = self.expr(x);
                        self.emit(Op::Mov { dst, src: s + 1 });
                    }
                    Type::Slice(_) => {
                        let s = self.expr(x);
                        let off = if b == Builtin::Len { 1 } else { 2 };
                        self.emit(Op::Mov { dst, src: s + off });
                    }
                    Type::Map(..) => {
                        let m = self.expr(x);
                        self.emit(Op::MapLen { dst, m });
                    }
                    Type::Chan(..) => {
                        let c = self.expr(x);
                        if b == Builtin::Len {
                            self.emit(Op::ChanLen { dst, ch: c });
                        } else {
                            self.emit(Op::ChanCap { dst, ch: c });
                        }
                    }
                    Type::Pointer(p) => {
                        let _ = self.expr(x);
                        if let Type::Array(_, n) = self.types().under(p).clone() {
                            self.load_word(dst, n);
                        }
                    }
                    Type::Array(_, n) => {
                        let _ = self.expr(x);
                        self.load_word(dst, n);
                    }
                    _ => {}
                }
            }
            Builtin::Append => {
                let Type::Slice(et) = self.types().under(ty).clone() else { unreachable!() };
                let t = et.0 as u16;
                if spread {
                    let src_words = self.words(args[1].ty);
                    let base = self.alloc_words(3 + src_words, &[true, false, false, true]);
                    self.expr_into(&args[0], base);
                    self.expr_into(&args[1], base + 3);
                    let from_string = self.class(args[1].ty) == Class::Str;
                    self.emit(Op::AppendSlice { dst, base, t, from_string });
                } else {
                    let ew = self.words(et);
                    let n = args.len() as u32 - 1;
                    let el = self.layout(et);
                    let mut ptrs = vec![true, false, false];
                    for _ in 0..n {
                        ptrs.extend_from_slice(&el.ptrs[..ew as usize]);
                    }
                    let base = self.alloc_words(3 + n * ew, &ptrs);
                    self.expr_into(&args[0], base);
                    for (i, a) in args[1..].iter().enumerate() {
                        self.expr_into(a, base + 3 + (i as u32 * ew) as u16);
                    }
                    self.emit(Op::Append { dst, base, n: n as u16, t });
                }
            }
            Builtin::Make => match self.types().under(ty).clone() {
                Type::Slice(et) => {
                    let base = self.alloc_words(3, &[true]);
                    self.expr_into(&args[0], base);
                    if args.len() > 1 {
                        self.expr_into(&args[1], base + 1);
                    } else {
                        self.emit(Op::Mov { dst: base + 1, src: base });
                    }
                    self.emit(Op::MakeSlice { base, t: et.0 as u16 });
                    self.mov(dst, base, 3);
                }
                Type::Map(..) => {
                    let hint = self.alloc_scalar();
                    match args.first() {
                        Some(h) => self.expr_into(h, hint),
                        None => {
                            self.emit(Op::LoadInt { dst: hint, imm: 0 });
                        }
                    }
                    self.emit(Op::MakeMap { dst, t: ty.0 as u16, hint });
                }
                Type::Chan(_, et) => {
                    let cap = self.alloc_scalar();
                    match args.first() {
                        Some(c) => self.expr_into(c, cap),
                        None => {
                            self.emit(Op::LoadInt { dst: cap, imm: 0 });
                        }
                    }
                    self.emit(Op::MakeChan { dst, t: et.0 as u16, cap });
                }
                _ => unreachable!(),
            },
            Builtin::New => {
                let Type::Pointer(et) = self.types().under(ty).clone() else { unreachable!() };
                self.emit(Op::New { dst, t: et.0 });
            }
            Builtin::Copy => {
                let Type::Slice(et) = self.types().under(args[0].ty).clone() else { unreachable!() };
                let sw = self.words(args[1].ty);
                let base = self.alloc_words(3 + sw, &[true, false, false, true]);
                self.expr_into(&args[0], base);
                self.expr_into(&args[1], base + 3);
                let from_string = self.class(args[1].ty) == Class::Str;
                self.emit(Op::Copy { dst, base, t: et.0 as u16, from_string });
            }
            Builtin::Delete => {
                let kw = self.words(args[1].ty);
                let base = self.alloc_words(1 + kw, &[true]);
                self.mark_ptrs(base, 1 + kw);
                self.expr_into(&args[0], base);
                self.expr_into(&args[1], base + 1);
                self.emit(Op::MapDelete { base, t: args[0].ty.0 as u16 });
            }
            Builtin::Panic => {
                let v = self.expr(&args[0]);
                self.emit(Op::Panic { src: v });
            }
            Builtin::Print | Builtin::Println => {
                let mut table = Vec::new();
                for a in args {
                    let r = self.alloc(a.ty);
                    self.expr_into(a, r);
                    table.push((r, a.ty.0));
                }
                self.c.print_tables.push(PrintTable { args: table, newline: b == Builtin::Println });
                let k = self.c.print_tables.len() as u32 - 1;
                self.emit(Op::Print { k });
            }
            Builtin::Recover => {
                self.emit(Op::Recover { dst, deferred: false });
            }
            Builtin::Close => {
                let c = self.expr(&args[0]);
                self.emit(Op::Close { ch: c });
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                match self.types().under(args[0].ty).clone() {
                    Type::Map(..) => {
                        self.emit(Op::MapClear { m: x });
                    }
                    Type::Slice(et) => {
                        self.emit(Op::ClearSlice { s: x, t: et.0 as u16 });
                    }
                    _ => {}
                }
            }
            Builtin::Complex => {
                let a = self.expr(&args[0]);
                let b2 = self.expr(&args[1]);
                let op = if self.class(ty) == Class::C64 { ComplexOp::Make64 } else { ComplexOp::Make };
                self.emit(Op::Complex { dst, a, b: b2, op });
            }
            Builtin::Real | Builtin::Imag => {
                let a = self.expr(&args[0]);
                let c64 = self.class(args[0].ty) == Class::C64;
                let op = match (b, c64) {
                    (Builtin::Real, false) => ComplexOp::Real,
                    (Builtin::Imag, false) => ComplexOp::Imag,
                    (Builtin::Real, true) => ComplexOp::Real64,
                    _ => ComplexOp::Imag64,
                };
                self.emit(Op::Complex { dst, a, b: a, op });
            }
            Builtin::Min | Builtin::Max => self.min_max(b == Builtin::Min, args, ty, dst),
            Builtin::UnsafeSliceData => {
                // The data pointer is the header's first word.
                let s = self.expr(&args[0]);
                self.emit(Op::Mov { dst, src: s });
            }
            Builtin::UnsafeStringData => {
                // nil for an empty string, as gc gives for "".
                let s = self.expr(&args[0]);
                self.emit(Op::Mov { dst, src: s });
                let done = self.new_label();
                self.jump_if(s + 1, done);
                self.emit(Op::LoadInt { dst, imm: 0 });
                self.bind(done);
            }
            Builtin::UnsafeSlice | Builtin::UnsafeString => self.unsafe_slice_string(b == Builtin::UnsafeSlice, args, ty, dst),
            Builtin::UnsafeSizeof | Builtin::UnsafeAlignof | Builtin::UnsafeOffsetof | Builtin::UnsafeAdd => {
                unreachable!("minigo bug: unsafe.Sizeof/Alignof/Offsetof/Add reached the compiler")
            }
        }
    }

    /// `unsafe.Slice(ptr, len)` / `unsafe.String(ptr, len)` (len an int): the header
    /// (ptr, len[, len]) after gc's checks.
    fn unsafe_slice_string(&mut self, slice: bool, args: &[Expr], ty: TypeId, dst: Reg) {
        let what = if slice { "unsafe.Slice" } else { "unsafe.String" };
        let base = self.alloc_words(3, &[true, false, false]);
        self.expr_into(&args[0], base);
        self.expr_into(&args[1], base + 1);
        let zero = self.alloc_scalar();
        self.emit(Op::LoadInt { dst: zero, imm: 0 });
        // len < 0, or len × element size beyond what can exist (gc's 2^48 bytes).
        let stride = match self.types().under(ty).clone() {
            Type::Slice(e) => self.layout(e).stride.max(1) as u64,
            _ => 1,
        };
        let bad_len = self.new_label();
        let checked = self.new_label();
        let t = self.alloc_scalar();
        self.emit(Op::LtI { dst: t, a: base + 1, b: zero });
        self.jump_if(t, bad_len);
        let max = self.alloc_scalar();
        self.load_word(max, (1u64 << 48) / stride);
        self.emit(Op::LtI { dst: t, a: max, b: base + 1 });
        self.jump_if_not(t, checked);
        self.bind(bad_len);
        let k = self.c.string(format!("runtime error: {}: len out of range", what).into_bytes());
        self.emit(Op::Throw { k });
        self.bind(checked);
        // A nil pointer only with length 0.
        let ok = self.new_label();
        self.emit(Op::NeI { dst: t, a: base, b: zero });
        self.jump_if(t, ok);
        self.emit(Op::EqI { dst: t, a: base + 1, b: zero });
        self.jump_if(t, ok);
        let k = self.c.string(format!("runtime error: {}: ptr is nil and len is not zero", what).into_bytes());
        self.emit(Op::Throw { k });
        self.bind(ok);
        if slice {
            self.emit(Op::Mov { dst: base + 2, src: base + 1 });
        }
        self.mov(dst, base, if slice { 3 } else { 2 });
    }

    fn min_max(&mut self, is_min: bool, args: &[Expr], ty: TypeId, dst: Reg) {
        let n = self.words(ty);
        let class = self.class(ty);
        let cur = self.alloc(ty);
        self.expr_into(&args[0], cur);
        for a in &args[1..] {
            let mark = self.top;
            let v = self.expr(a);
            if matches!(class, Class::F64 | Class::F32) {
                let kind = (!is_min) as u8 + if class == Class::F32 { 2 } else { 0 };
                self.emit(Op::MinMaxF { dst: cur, a: cur, b: v, kind });
                self.top = mark;
                continue;
            }
            let t = self.alloc_scalar();
            // Take v when v < cur (min) or v > cur (max); NaNs win (floats).
            let (x, y) = if is_min { (v, cur) } else { (cur, v) };
            match class {
                Class::Int(IntKind::Signed(_)) => self.emit(Op::LtI { dst: t, a: x, b: y }),
                Class::Int(IntKind::Unsigned(_)) => self.emit(Op::LtU { dst: t, a: x, b: y }),
                Class::F64 => self.emit(Op::LtF { dst: t, a: x, b: y }),
                Class::F32 => self.emit(Op::LtF32 { dst: t, a: x, b: y }),
                Class::Str => {
                    let c = self.alloc_scalar();
                    self.emit(Op::CmpStr { dst: c, a: x, b: y });
                    let z = self.alloc_scalar();
                    self.emit(Op::LoadInt { dst: z, imm: 0 });
                    self.emit(Op::LtI { dst: t, a: c, b: z })
                }
                _ => self.emit(Op::LtI { dst: t, a: x, b: y }),
            };
            if matches!(class, Class::F64 | Class::F32) {
                // v is NaN: v != v.
                let nan = self.alloc_scalar();
                if class == Class::F64 {
                    self.emit(Op::NeF { dst: nan, a: v, b: v });
                } else {
                    self.emit(Op::NeF32 { dst: nan, a: v, b: v });
                }
                self.emit(Op::Or { dst: t, a: t, b: nan });
            }
            let skip = self.new_label();
            self.jump_if_not(t, skip);
            self.mov(cur, v, n);
            self.bind(skip);
            self.top = mark;
        }
        self.mov(dst, cur, n);
    }

    // ------------------------------------------------------------ synthesized functions

    /// The function behind a bound method value `x.M`: captures the receiver by value.
    fn method_value_func(&mut self, method: types::ty::FuncId) -> u32 {
        if let Some(&f) = self.c.synth.get(&Synth::MethodValue(method)) {
            return f;
        }
        let mf = &self.c.tir.funcs[method.0 as usize];
        let sig = self.c.tir.types.signature(mf.sig).cloned().unwrap();
        let recv_ty = mf.recv.map(|r| mf.locals[r.0 as usize].ty).unwrap_or(TypeId::INVALID);
        let name = format!("{}-fm", mf.name);
        let rw = self.words(recv_ty);
        let pw: u32 = sig.params.iter().map(|t| self.c.layouts.words(&self.c.tir.types, *t)).sum();
        let resw: u32 = sig.results.iter().map(|t| self.c.layouts.words(&self.c.tir.types, *t)).sum();
        let win = pw;
        let mut code = Vec::new();
        if rw == 1 {
            code.push(Op::LoadCapture { dst: win as u16, idx: 0 });
        } else if rw > 0 {
            code.push(Op::LoadCaptureN { dst: win as u16, idx: 0, n: rw as u16 });
        }
        if pw > 0 {
            code.push(Op::MovN { dst: (win + rw) as u16, src: 0, n: pw as u16 });
        }
        code.push(Op::Call { base: win as u16, func: self.c.fidx(method) });
        let ep = code.len() as u32;
        code.push(Op::Ret { src: win as u16, n: resw as u16 });
        let nregs = win + (rw + pw).max(resw) + 1;
        let f = synth_func(name, code, nregs, pw, resw, ep);
        self.c.add_synth(Synth::MethodValue(method), f)
    }

    /// The function behind an interface method value `i.M`: captures (itab, data).
    pub fn iface_method_value_func(&mut self, iface: TypeId, method: u32) -> u32 {
        let key = Synth::IfaceMethodValue(iface, method);
        if let Some(&f) = self.c.synth.get(&key) {
            return f;
        }
        let m = self.c.tir.types.interface_methods(iface)[method as usize].clone();
        let sig = self.c.tir.types.signature(m.sig).cloned().unwrap();
        let pw: u32 = sig.params.iter().map(|t| self.c.layouts.words(&self.c.tir.types, *t)).sum();
        let resw: u32 = sig.results.iter().map(|t| self.c.layouts.words(&self.c.tir.types, *t)).sum();
        let tab = pw as u16;
        let win = pw as u16 + 1;
        let mut code = vec![Op::LoadCapture { dst: tab, idx: 0 }, Op::LoadCapture { dst: win, idx: 1 }];
        if pw > 0 {
            code.push(Op::MovN { dst: win + 1, src: 0, n: pw as u16 });
        }
        code.push(Op::CallIface { base: win, tab, method: method as u16 });
        let ep = code.len() as u32;
        code.push(Op::Ret { src: win, n: resw as u16 });
        let nregs = win as u32 + (1 + pw).max(resw) + 1;
        let name = format!("{}.{}-fm", self.c.tir.types.type_string(iface), m.name);
        let f = synth_func(name, code, nregs, pw, resw, ep);
        self.c.add_synth(key, f)
    }
}

fn negate(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Eq => CmpOp::Ne,
        CmpOp::Ne => CmpOp::Eq,
        CmpOp::Lt => CmpOp::Ge,
        CmpOp::Le => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Le,
        CmpOp::Ge => CmpOp::Lt,
    }
}

/// The comparison with its operands swapped: `a op b` is `b mirror(op) a`.
fn mirror(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        eq_or_ne => eq_or_ne,
    }
}

fn complex_parts(v: &ConstValue) -> (f64, f64) {
    match v.to_rank(constant::NumRank::Complex) {
        ConstValue::Complex(re, im) => (constant::rat_to_f64(&re).unwrap_or(0.0), constant::rat_to_f64(&im).unwrap_or(0.0)),
        _ => (0.0, 0.0),
    }
}

/// A synthesized function (all registers treated as possible pointers).
pub(crate) fn synth_func(name: String, code: Vec<Op>, nregs: u32, param_words: u32, result_words: u32, epilogue: u32) -> vm::program::Func {
    vm::program::Func {
        name,
        code,
        nregs,
        param_words,
        result_words,
        ptrmask: vec![u64::MAX; (nregs as usize).div_ceil(64).max(1)],
        file: 0,
        lines: Vec::new(),
        file_changes: Vec::new(),
        line: 0,
        native: None,
        epilogue,
    }
}

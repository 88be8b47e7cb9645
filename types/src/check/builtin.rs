//! Built-in functions (spec "Built-in functions").

use super::expr::expr_string;
use super::{Checker, Mode, Operand};
use crate::constant::ConstValue;
use crate::tir::{Builtin, Expr, ExprKind, Pos};
use crate::ty::{Basic, Type, TypeId};
use lexer::Span;
use crate::constant::Real;
use num_traits::{Signed, ToPrimitive, Zero};
use parser::ast;

fn name(b: Builtin) -> &'static str {
    match b {
        Builtin::Append => "append",
        Builtin::Cap => "cap",
        Builtin::Clear => "clear",
        Builtin::Close => "close",
        Builtin::Complex => "complex",
        Builtin::Copy => "copy",
        Builtin::Delete => "delete",
        Builtin::Imag => "imag",
        Builtin::Len => "len",
        Builtin::Make => "make",
        Builtin::Max => "max",
        Builtin::Min => "min",
        Builtin::New => "new",
        Builtin::Panic => "panic",
        Builtin::Print => "print",
        Builtin::Println => "println",
        Builtin::Real => "real",
        Builtin::Recover => "recover",
        Builtin::UnsafeSizeof => "unsafe.Sizeof",
        Builtin::UnsafeAlignof => "unsafe.Alignof",
        Builtin::UnsafeOffsetof => "unsafe.Offsetof",
        Builtin::UnsafeAdd => "unsafe.Add",
        Builtin::UnsafeSlice => "unsafe.Slice",
        Builtin::UnsafeSliceData => "unsafe.SliceData",
        Builtin::UnsafeString => "unsafe.String",
        Builtin::UnsafeStringData => "unsafe.StringData",
    }
}

impl<'a> Checker<'a> {
    pub(crate) fn builtin(&mut self, b: Builtin, call: &ast::Expr, args: &[ast::Expr], ellipsis: Option<Span>, pos: Pos) -> Operand {
        let n = name(b);
        // Argument count.
        let (min, max): (usize, Option<usize>) = match b {
            Builtin::Append => (1, None),
            Builtin::Cap | Builtin::Len | Builtin::Close | Builtin::Clear | Builtin::Imag | Builtin::Real | Builtin::Panic | Builtin::New => (1, Some(1)),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, None), // make's own count message (see builtin_make)
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
            Builtin::UnsafeSizeof | Builtin::UnsafeAlignof | Builtin::UnsafeOffsetof | Builtin::UnsafeSliceData | Builtin::UnsafeStringData => (1, Some(1)),
            Builtin::UnsafeAdd | Builtin::UnsafeSlice | Builtin::UnsafeString => (2, Some(2)),
        };
        let is_unsafe = matches!(b, Builtin::UnsafeSizeof | Builtin::UnsafeAlignof | Builtin::UnsafeOffsetof | Builtin::UnsafeAdd | Builtin::UnsafeSlice | Builtin::UnsafeSliceData | Builtin::UnsafeString | Builtin::UnsafeStringData);
        if args.len() == 1 && ellipsis.is_none() && !is_unsafe && !matches!(b, Builtin::Make | Builtin::New) && matches!(args[0].kind, ast::ExprKind::Call { .. }) && args[0].id.0 < super::INJECTED_ID {
            return self.builtin_call_arg(b, call, &args[0], pos);
        }
        if ellipsis.is_some() && b != Builtin::Append {
            self.error(pos, format!("invalid operation: invalid use of ... with built-in {}", n));
            for a in args {
                self.raw_expr(a, None);
            }
            return Operand::invalid(pos);
        }
        if args.len() < min || max.is_some_and(|m| args.len() > m) {
            let msg = if args.len() < min {
                format!("invalid operation: not enough arguments for {} (expected {}, found {})", expr_string(call), min, args.len())
            } else {
                format!("invalid operation: too many arguments for {} (expected {}, found {})", expr_string(call), max.unwrap(), args.len())
            };
            // go/types evaluates ordinary arguments first: an invalid one hides the count.
            let mut all_valid = true;
            for a in args {
                if self.raw_expr(a, None).is_invalid() {
                    all_valid = false;
                }
            }
            if all_valid || matches!(b, Builtin::Make | Builtin::New) {
                self.error(self.pos(call.span), msg);
            }
            return Operand::invalid(pos);
        }
        match b {
            Builtin::Len | Builtin::Cap => self.builtin_len_cap(b, &args[0], pos),
            Builtin::Append => self.builtin_append(call, args, ellipsis, pos),
            Builtin::Make => self.builtin_make(call, args, pos),
            Builtin::New => {
                let t = self.type_expr(&args[0]);
                if t == TypeId::INVALID {
                    return Operand::invalid(pos);
                }
                let pt = self.types.pointer(t);
                self.builtin_value(Builtin::New, vec![], pt, pos)
            }
            Builtin::Copy => {
                let dst = self.expr(&args[0]);
                let mut src = self.expr(&args[1]);
                if dst.is_invalid() || src.is_invalid() {
                    return Operand::invalid(pos);
                }
                let de = match self.types.under(self.core(dst.ty)) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                };
                let src_desc = self.describe(&src, &args[1]);
                self.default_untyped(&mut src);
                let sc = self.core_string_bytes(src.ty);
                let se = match self.types.under(sc) {
                    Type::Slice(e) => Some(*e),
                    Type::Basic(b) if b.is_string() => Some(TypeId::BYTE),
                    _ => None,
                };
                match (de, se) {
                    (Some(d), Some(s)) if d == s => {}
                    (None, _) | (_, None) => {
                        let msg = format!("invalid argument: copy expects slice arguments; found {} and {}", self.describe(&dst, &args[0]), src_desc);
                        self.error(self.pos(args[0].span), msg);
                        return Operand::invalid(pos);
                    }
                    _ => {
                        let msg = format!("invalid argument: arguments to copy {} and {} have different element types {} and {}", self.describe(&dst, &args[0]), src_desc, self.tstr(de.unwrap_or(TypeId::INVALID)), self.tstr(se.unwrap_or(TypeId::INVALID)));
                        self.error(self.pos(args[0].span), msg);
                        return Operand::invalid(pos);
                    }
                }
                self.builtin_value(Builtin::Copy, vec![dst.expr, src.expr], TypeId::INT, pos)
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                let mut k = self.expr(&args[1]);
                if m.is_invalid() || k.is_invalid() {
                    return Operand::invalid(pos);
                }
                let Type::Map(kt, _) = self.types.under(self.core(m.ty)).clone() else {
                    let msg = format!("invalid argument: {} is not a map", self.describe(&m, &args[0]));
                    self.error(self.pos(args[0].span), msg);
                    return Operand::invalid(pos);
                };
                if !self.assign_expr(&mut k, &args[1], kt, "argument to delete") {
                    return Operand::invalid(pos);
                }
                self.builtin_novalue(Builtin::Delete, vec![m.expr, k.expr], pos)
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(pos);
                }
                if !self.assign_expr(&mut x, &args[0], TypeId::EMPTY_INTERFACE, "argument to panic") {
                    return Operand::invalid(pos);
                }
                self.builtin_novalue(Builtin::Panic, vec![x.expr], pos)
            }
            Builtin::Print | Builtin::Println => {
                let mut out = Vec::new();
                for a in args {
                    let mut x = self.expr(a);
                    if x.is_invalid() {
                        return Operand::invalid(pos);
                    }
                    if x.ty == TypeId::UNTYPED_NIL {
                        self.error(self.pos(a.span), format!("use of untyped nil in argument to built-in {}", n));
                        return Operand::invalid(pos);
                    }
                    self.default_untyped(&mut x);
                    out.push(x.expr);
                }
                self.builtin_novalue(b, out, pos)
            }
            Builtin::Recover => self.builtin_value(Builtin::Recover, vec![], TypeId::EMPTY_INTERFACE, pos),
            Builtin::Close => {
                let c = self.expr(&args[0]);
                if c.is_invalid() {
                    return Operand::invalid(pos);
                }
                match self.types.under(self.core(c.ty)) {
                    Type::Chan(ast::ChanDir::Recv, _) => {
                        let msg = format!("invalid operation: cannot close receive-only channel {}", self.describe(&c, &args[0]));
                        self.error(self.pos(args[0].span), msg);
                        Operand::invalid(pos)
                    }
                    Type::Chan(..) => self.builtin_novalue(Builtin::Close, vec![c.expr], pos),
                    _ => {
                        let msg = format!("invalid operation: cannot close non-channel {}", self.describe(&c, &args[0]));
                        self.error(self.pos(args[0].span), msg);
                        Operand::invalid(pos)
                    }
                }
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                if !matches!(self.types.under(self.core(x.ty)), Type::Map(..) | Type::Slice(_)) {
                    let msg = format!("invalid argument: cannot clear {}: argument must be (or constrained by) map or slice", self.describe(&x, &args[0]));
                    self.error(self.pos(args[0].span), msg);
                    return Operand::invalid(pos);
                }
                self.builtin_novalue(Builtin::Clear, vec![x.expr], pos)
            }
            Builtin::Complex => self.builtin_complex(args, pos),
            Builtin::Real | Builtin::Imag => self.builtin_real_imag(b, &args[0], pos),
            Builtin::Min | Builtin::Max => self.builtin_min_max(b, call, args, pos),
            Builtin::UnsafeSizeof | Builtin::UnsafeAlignof => self.unsafe_size_align(b, &args[0], pos),
            Builtin::UnsafeOffsetof => self.unsafe_offsetof(&args[0], pos),
            Builtin::UnsafeAdd | Builtin::UnsafeSlice | Builtin::UnsafeSliceData | Builtin::UnsafeString | Builtin::UnsafeStringData => self.unsafe_func(b, args, pos),
        }
    }

    /// A builtin whose only argument is a call: the call's results are the arguments
    /// (`copy(f())` with `f` returning two slices). The call is checked once; its results
    /// go to temporaries that stand for synthesized argument expressions.
    fn builtin_call_arg(&mut self, b: Builtin, call: &ast::Expr, arg: &ast::Expr, pos: Pos) -> Operand {
        let x = self.raw_expr(arg, None);
        let elems = match self.types.get(x.ty) {
            Type::Tuple(elems) if elems.len() > 1 && !x.is_invalid() && self.fctx.is_some() => elems.clone(),
            _ => {
                // A single value (or none): checked as the argument itself.
                let base = self.injected.len();
                self.injected.push(x);
                let synth = ast::Expr { kind: arg.kind.clone(), span: arg.span, id: ast::NodeId(super::INJECTED_ID + base as u32) };
                let r = self.builtin(b, call, std::slice::from_ref(&synth), None, pos);
                self.injected.truncate(base);
                return r;
            }
        };
        let mut stmts = Vec::new();
        let mut places = Vec::new();
        let mut synth = Vec::new();
        let base = self.injected.len();
        for (i, &t) in elems.iter().enumerate() {
            let l = self.temp(t, x.expr.pos);
            stmts.push(crate::tir::Stmt::VarDecl(l));
            places.push(crate::tir::Place::Var(crate::tir::Var::Local(l)));
            let v = Expr { kind: ExprKind::Var(crate::tir::Var::Local(l)), ty: t, pos: x.expr.pos };
            self.injected.push(self.value_operand(Mode::Value, v));
            synth.push(ast::Expr { kind: arg.kind.clone(), span: arg.span, id: ast::NodeId(super::INJECTED_ID + (base + i) as u32) });
        }
        stmts.push(crate::tir::Stmt::Assign { lhs: places, rhs: crate::tir::Rhs::Tuple(x.expr) });
        let mut r = self.builtin(b, call, &synth, None, pos);
        self.injected.truncate(base);
        if !r.is_invalid() {
            let inner = std::mem::replace(&mut r.expr.kind, ExprKind::Zero);
            r.expr.kind = ExprKind::Block(stmts, Box::new(Expr { kind: inner, ty: r.expr.ty, pos: r.expr.pos }));
        }
        r
    }

    fn builtin_value(&mut self, b: Builtin, args: Vec<Expr>, ty: TypeId, pos: Pos) -> Operand {
        self.value_operand(Mode::Value, Expr { kind: ExprKind::Builtin { builtin: b, args, spread: false }, ty, pos })
    }

    fn builtin_novalue(&mut self, b: Builtin, args: Vec<Expr>, pos: Pos) -> Operand {
        self.value_operand(Mode::NoValue, Expr { kind: ExprKind::Builtin { builtin: b, args, spread: false }, ty: TypeId::VOID, pos })
    }

    fn builtin_len_cap(&mut self, b: Builtin, a: &ast::Expr, pos: Pos) -> Operand {
        let x = self.expr(a);
        if x.is_invalid() {
            return x;
        }
        let n = name(b);
        if self.types.is_tparam(x.ty) {
            // Every type of the type set must have a length (capacity).
            let ok = self.types.all_terms(x.ty, &mut |tt, t| {
                let mut u = tt.underlying(t);
                if let Type::Pointer(p) = tt.get(u) {
                    if matches!(tt.under(*p), Type::Array(..)) {
                        u = tt.underlying(*p);
                    }
                }
                match tt.get(u) {
                    Type::Basic(bt) => bt.is_string() && b == Builtin::Len,
                    Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    _ => false,
                }
            });
            if !ok {
                let msg = format!("invalid argument: {} for built-in {}", self.describe(&x, a), n);
                self.error(self.pos(a.span), msg);
                return Operand::invalid(pos);
            }
            return self.builtin_value(b, vec![x.expr], TypeId::INT, pos);
        }
        let mut t = self.types.underlying(x.ty);
        if let Type::Pointer(p) = self.types.get(t) {
            if matches!(self.types.under(*p), Type::Array(..)) {
                t = self.types.underlying(*p);
            }
        }
        let ok = match self.types.get(t) {
            Type::Basic(bt) => bt.is_string() && b == Builtin::Len,
            Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
            Type::Map(..) => b == Builtin::Len,
            _ => false,
        };
        if !ok {
            let msg = format!("invalid argument: {} for built-in {}", self.describe(&x, a), n);
            self.error(self.pos(a.span), msg);
            return Operand::invalid(pos);
        }
        // Constant results: constant strings, and arrays without calls or receives.
        if let (Mode::Constant, Some(ConstValue::String(s))) = (x.mode, &x.val) {
            let len = s.len() as i64;
            return self.const_operand(TypeId::INT, ConstValue::int(len), pos);
        }
        if let Type::Array(_, len) = self.types.get(t) {
            if !has_call_or_recv(a) {
                let len = *len as i64;
                return self.const_operand(TypeId::INT, ConstValue::int(len), pos);
            }
        }
        let mut x = x;
        self.default_untyped(&mut x);
        self.builtin_value(b, vec![x.expr], TypeId::INT, pos)
    }

    fn builtin_append(&mut self, call: &ast::Expr, args: &[ast::Expr], ellipsis: Option<Span>, pos: Pos) -> Operand {
        let s = self.expr(&args[0]);
        if s.is_invalid() {
            for a in &args[1..] {
                self.raw_expr(a, None);
            }
            return s;
        }
        if s.ty == TypeId::UNTYPED_NIL {
            self.error(self.pos(args[0].span), "first argument to append must be a typed slice; have untyped nil");
            return Operand::invalid(pos);
        }
        let Type::Slice(elem) = self.types.under(self.core(s.ty)).clone() else {
            let msg = format!("first argument to append must be a slice; have {}", self.describe(&s, &args[0]));
            self.error(self.pos(args[0].span), msg);
            return Operand::invalid(pos);
        };
        let mut out = vec![s.expr];
        if ellipsis.is_some() {
            if args.len() != 2 {
                self.error(pos, format!("can only use ... with final argument in list"));
                return Operand::invalid(pos);
            }
            let mut t = self.expr(&args[1]);
            if t.is_invalid() {
                return t;
            }
            // append([]byte, string...) is allowed.
            if elem == TypeId::BYTE && (self.types.is_string(t.ty) || self.types.is_tparam(t.ty) && self.core_string_bytes(t.ty) != t.ty) {
                self.default_untyped(&mut t);
            } else {
                // The argument must be assignable to []E (E the element type of the first
                // argument): two named slice types with element E both qualify.
                let want = self.types.intern(Type::Slice(elem));
                if !self.assign_expr(&mut t, &args[1], want, "append") {
                    return Operand::invalid(pos);
                }
            }
            out.push(t.expr);
            let _ = call;
            return self.value_operand(Mode::Value, Expr { kind: ExprKind::Builtin { builtin: Builtin::Append, args: out, spread: true }, ty: s.ty, pos });
        }
        for a in &args[1..] {
            let mut x = self.expr_hint(a, Some(elem));
            if x.is_invalid() || !self.assign_expr(&mut x, a, elem, "argument to append") {
                return Operand::invalid(pos);
            }
            out.push(x.expr);
        }
        let ty = s.ty;
        self.builtin_value(Builtin::Append, out, ty, pos)
    }

    fn builtin_make(&mut self, call: &ast::Expr, args: &[ast::Expr], pos: Pos) -> Operand {
        let t = self.type_expr(&args[0]);
        if t == TypeId::INVALID {
            for a in &args[1..] {
                self.expr(a);
            }
            return Operand::invalid(pos);
        }
        let (min, max) = match self.types.under(self.core(t)) {
            Type::Slice(_) => (2, 3),
            Type::Map(..) | Type::Chan(..) => (1, 2),
            _ => {
                let msg = format!("invalid argument: cannot make {}; type must be slice, map, or channel", expr_string(&args[0]));
                self.error(self.pos(args[0].span), msg);
                for a in &args[1..] {
                    self.expr(a);
                }
                return Operand::invalid(pos);
            }
        };
        if args.len() < min || args.len() > max {
            let msg = format!("invalid operation: {} expects {} or {} arguments; found {}", expr_string(call), min, max, args.len());
            self.error(pos, msg);
            return Operand::invalid(pos);
        }
        let mut sizes = Vec::new();
        let mut consts = Vec::new();
        for a in &args[1..] {
            let mut x = self.expr(a);
            if x.is_invalid() {
                return Operand::invalid(pos);
            }
            let v = self.size_arg(&mut x, a);
            if v == Some(-1) {
                return Operand::invalid(pos);
            }
            consts.push(v);
            sizes.push(x.expr);
        }
        if let (Some(Some(l)), Some(Some(c))) = (consts.first(), consts.get(1)) {
            if l > c {
                self.error(self.pos(args[1].span), format!("invalid argument: length and capacity swapped"));
                return Operand::invalid(pos);
            }
        }
        self.value_operand(Mode::Value, Expr { kind: ExprKind::Builtin { builtin: Builtin::Make, args: sizes, spread: false }, ty: t, pos })
    }

    /// A make size argument: integer, non-negative; returns its constant value, or
    /// Some(-1) after reporting an error.
    /// A size argument of `make`, checked as go/types checks an index.
    fn size_arg(&mut self, x: &mut Operand, a: &ast::Expr) -> Option<i64> {
        let pos = x.expr.pos;
        if self.types.is_untyped(x.ty) {
            let desc = self.describe(x, a);
            let v = x.val.clone();
            if self.convert_untyped(x, TypeId::INT).is_err() {
                let msg = match v.map(|v| self.representable(&v, TypeId::INT)) {
                    Some(Err("truncated")) => format!("{} truncated to int", desc),
                    Some(Err("overflows")) => format!("{} overflows int", desc),
                    _ => format!("cannot convert {} to type int", desc),
                };
                self.error(pos, msg);
                return Some(-1);
            }
        }
        if !self.types.is_integer(x.ty) {
            let msg = format!("invalid argument: index {} must be integer", self.describe(x, a));
            self.error(pos, msg);
            return Some(-1);
        }
        if let Some(v) = x.val.as_ref().and_then(|v| v.to_int()) {
            if v.is_negative() {
                let msg = format!("invalid argument: index {} must not be negative", self.describe(x, a));
                self.error(pos, msg);
                return Some(-1);
            }
            if v.to_i64().is_none() {
                let msg = format!("invalid argument: index {} overflows int", self.describe(x, a));
                self.error(pos, msg);
                return Some(-1);
            }
            return v.to_i64();
        }
        None
    }

    fn builtin_complex(&mut self, args: &[ast::Expr], pos: Pos) -> Operand {
        let mut re = self.expr(&args[0]);
        let mut im = self.expr(&args[1]);
        if re.is_invalid() || im.is_invalid() {
            return Operand::invalid(pos);
        }
        // Untyped operands adopt the other's type; both untyped stay untyped.
        let ru = self.types.is_untyped(re.ty);
        let iu = self.types.is_untyped(im.ty);
        if ru && !iu {
            let _ = self.convert_untyped(&mut re, im.ty);
        } else if iu && !ru {
            let _ = self.convert_untyped(&mut im, re.ty);
        }
        if let (Mode::Constant, Mode::Constant) = (re.mode, im.mode) {
            if ru && iu {
                let (a, b) = (re.val.clone().unwrap().to_rat(), im.val.clone().unwrap().to_rat());
                if let (Some(a), Some(b)) = (a, b) {
                    return self.const_operand(TypeId::UNTYPED_COMPLEX, ConstValue::Complex(a, b), pos);
                }
            }
        }
        if ru && iu && re.mode == Mode::Constant && im.mode == Mode::Constant {
            // go/types makes numeric constants untyped floats and then requires identical types.
            let f = |c: &Self, t: TypeId| if c.types.is_numeric(t) { TypeId::UNTYPED_FLOAT } else { t };
            let (a, b) = (f(self, re.ty), f(self, im.ty));
            if a != b {
                let msg = format!("invalid operation: complex({}, {}) (mismatched types {} and {})", expr_string(&args[0]), expr_string(&args[1]), self.tstr(a), self.tstr(b));
                self.error(self.pos(args[0].span), msg);
                return Operand::invalid(pos);
            }
        }
        if ru && iu {
            let _ = self.convert_untyped(&mut re, TypeId::FLOAT64);
            let _ = self.convert_untyped(&mut im, TypeId::FLOAT64);
        }
        if re.ty != im.ty {
            let msg = format!("invalid operation: complex({}, {}) (mismatched types {} and {})", expr_string(&args[0]), expr_string(&args[1]), self.tstr(re.ty), self.tstr(im.ty));
            self.error(self.pos(args[0].span), msg);
            return Operand::invalid(pos);
        }
        let rt = match self.types.basic(re.ty) {
            Some(Basic::Float32) => TypeId::COMPLEX64,
            Some(Basic::Float64) => TypeId::COMPLEX128,
            _ => {
                let msg = format!("invalid argument: arguments have type {}, expected floating-point", self.tstr(re.ty));
                // go/types reports it at the first argument.
                self.error(self.pos(args[0].span), msg);
                return Operand::invalid(pos);
            }
        };
        if let (Mode::Constant, Mode::Constant, Some(a), Some(b)) = (re.mode, im.mode, re.val.clone(), im.val.clone()) {
            let v = ConstValue::Complex(a.to_rat().unwrap_or_default(), b.to_rat().unwrap_or_default());
            return self.const_operand(rt, v, pos);
        }
        self.builtin_value(Builtin::Complex, vec![re.expr, im.expr], rt, pos)
    }

    fn builtin_real_imag(&mut self, b: Builtin, a: &ast::Expr, pos: Pos) -> Operand {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return x;
        }
        if let (Mode::Constant, Some(v)) = (x.mode, x.val.clone()) {
            if self.types.is_untyped(x.ty) {
                if let ConstValue::Complex(re, im) = v.to_rank(crate::constant::NumRank::Complex) {
                    let r = if b == Builtin::Real { re } else { im };
                    return self.const_operand(TypeId::UNTYPED_FLOAT, ConstValue::Float(r), pos);
                }
            }
        }
        if self.types.is_untyped(x.ty) {
            let _ = self.convert_untyped(&mut x, TypeId::COMPLEX128);
        }
        let rt = match self.types.basic(x.ty) {
            Some(Basic::Complex64) => TypeId::FLOAT32,
            Some(Basic::Complex128) => TypeId::FLOAT64,
            _ => {
                let msg = format!("invalid argument: argument has type {}, expected complex type", self.tstr(x.ty));
                self.error(self.pos(a.span), msg);
                return Operand::invalid(pos);
            }
        };
        if let (Mode::Constant, Some(ConstValue::Complex(re, im))) = (x.mode, x.val.clone()) {
            let r: Real = if b == Builtin::Real { re } else { im };
            return self.const_operand(rt, ConstValue::Float(r), pos);
        }
        self.builtin_value(b, vec![x.expr], rt, pos)
    }

    fn builtin_min_max(&mut self, b: Builtin, call: &ast::Expr, args: &[ast::Expr], pos: Pos) -> Operand {
        let mut ops: Vec<Operand> = Vec::new();
        for a in args {
            let x = self.expr(a);
            if x.is_invalid() {
                return x;
            }
            if !self.types.is_pred(x.ty, |t| t.is_ordered()) {
                let msg = format!("invalid argument: {} cannot be ordered", self.describe(&x, a));
                self.error(self.pos(a.span), msg);
                return Operand::invalid(pos);
            }
            ops.push(x);
        }
        // Unify types like a chain of binary operations.
        let typed = ops.iter().find(|o| !self.types.is_untyped(o.ty)).map(|o| o.ty);
        if let Some(t) = typed {
            for (o, a) in ops.iter_mut().zip(args) {
                if self.types.is_untyped(o.ty) {
                    if self.convert_untyped(o, t).is_err() {
                        let msg = format!("cannot use {} as {} value in argument to {}", self.describe(o, a), self.tstr(t), name(b));
                        self.error(self.pos(a.span), msg);
                        return Operand::invalid(pos);
                    }
                } else if o.ty != t {
                    let msg = format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.tstr(t), self.tstr(o.ty), expr_string(a));
                    self.error(self.pos(a.span), msg);
                    return Operand::invalid(pos);
                }
            }
        } else {
            // All untyped: strings and numbers do not mix.
            for (o, a) in ops.iter().zip(args).skip(1) {
                if self.types.is_string(o.ty) != self.types.is_string(ops[0].ty) {
                    let msg = format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.tstr(ops[0].ty), self.tstr(o.ty), expr_string(a));
                    self.error(self.pos(a.span), msg);
                    return Operand::invalid(pos);
                }
            }
            // The largest kind.
            let mut t = ops[0].ty;
            for o in &ops[1..] {
                if o.ty > t {
                    t = o.ty;
                }
            }
            for o in ops.iter_mut() {
                let _ = self.convert_untyped(o, t);
            }
        }
        if ops.iter().all(|o| o.mode == Mode::Constant) {
            let mut best = ops[0].clone();
            for o in &ops[1..] {
                let less = super::ops::compare_consts(ast::BinaryOp::Lss, o.val.as_ref().unwrap(), best.val.as_ref().unwrap());
                let greater = super::ops::compare_consts(ast::BinaryOp::Gtr, o.val.as_ref().unwrap(), best.val.as_ref().unwrap());
                if (b == Builtin::Min && less) || (b == Builtin::Max && greater) {
                    best = o.clone();
                }
            }
            let t = best.ty;
            return self.const_operand(t, best.val.unwrap(), pos);
        }
        for o in ops.iter_mut() {
            self.default_untyped(o);
        }
        let t = ops[0].ty;
        let _ = call;
        let exprs = ops.into_iter().map(|o| o.expr).collect();
        self.builtin_value(b, exprs, t, pos)
    }
}

/// Whether an expression contains a function call or receive (len of such arrays is not
/// constant).
fn has_call_or_recv(e: &ast::Expr) -> bool {
    use ast::ExprKind as K;
    match &e.kind {
        K::Call { fun, args, .. } => {
            // Conversions and len/cap of constants are still "calls" syntactically; Go
            // treats any function call as non-constant except builtin len/cap of constants.
            let _ = (fun, args);
            true
        }
        K::Unary(ast::UnaryOp::Recv, _) => true,
        K::Paren(x) | K::Star(x) | K::Unary(_, x) | K::Selector(x, _) => has_call_or_recv(x),
        K::Index(x, i) => has_call_or_recv(x) || i.iter().any(has_call_or_recv),
        K::Binary(_, l, r) => has_call_or_recv(l) || has_call_or_recv(r),
        K::CompositeLit { elems, .. } => elems.iter().any(|el| has_call_or_recv(&el.value) || el.key.as_ref().is_some_and(has_call_or_recv)),
        _ => false,
    }
}

#[allow(dead_code)]
fn _z() -> bool {
    Real::zero().is_zero()
}

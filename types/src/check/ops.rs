//! Unary, binary, shift and comparison operators, with constant folding.

use super::expr::expr_string;
use super::{Checker, Mode, Operand};
use crate::constant::{self, ConstValue, NumRank};
use crate::tir::{BinOp, CmpOp, Expr, ExprKind, Pos, UnOp};
use crate::ty::{Type, TypeId};
use num_bigint::BigInt;
use num_integer::Integer;
use crate::constant::Real;
use num_traits::{One, Signed, ToPrimitive, Zero};
use parser::ast::{self, BinaryOp};

impl<'a> Checker<'a> {
    pub(crate) fn unary(&mut self, op: ast::UnaryOp, x: &ast::Expr, e: &ast::Expr, pos: Pos) -> Operand {
        let mut xo = self.expr(x);
        if xo.is_invalid() {
            return xo;
        }
        let ok = match op {
            ast::UnaryOp::Pos | ast::UnaryOp::Neg => self.types.is_numeric(xo.ty),
            ast::UnaryOp::Not => self.types.is_boolean(xo.ty),
            ast::UnaryOp::Xor => self.types.is_integer(xo.ty),
            _ => false,
        };
        if !ok {
            let msg = format!("invalid operation: operator {} not defined on {}", op.as_str(), self.describe(&xo, x));
            self.error(self.pos(x.span), msg);
            return Operand::invalid(pos);
        }
        if op == ast::UnaryOp::Pos {
            xo.expr.pos = pos;
            return xo;
        }
        if let (Mode::Constant, Some(v)) = (xo.mode, xo.val.clone()) {
            let r = match op {
                ast::UnaryOp::Neg => neg(&v),
                ast::UnaryOp::Not => ConstValue::Bool(!v.as_bool().unwrap_or(false)),
                _ => {
                    let i = v.to_int().unwrap_or_default();
                    match self.types.basic(xo.ty) {
                        Some(b) if b.is_unsigned() => {
                            let mask = (BigInt::one() << b.bits() as usize) - 1;
                            ConstValue::Int(i ^ mask)
                        }
                        _ => ConstValue::Int(-i - 1),
                    }
                }
            };
            let mut o = self.const_operand(xo.ty, r, pos);
            self.check_overflow(&mut o, e);
            return o;
        }
        let uop = match op {
            ast::UnaryOp::Neg => UnOp::Neg,
            ast::UnaryOp::Not => UnOp::Not,
            _ => UnOp::Complement,
        };
        let ty = xo.ty;
        self.value_operand(Mode::Value, Expr { kind: ExprKind::Unary(uop, Box::new(xo.expr)), ty, pos })
    }

    /// Typed constants must stay representable; untyped integers are limited to 512 bits.
    pub(crate) fn check_overflow(&mut self, x: &mut Operand, e: &ast::Expr) {
        let Some(v) = x.val.clone() else { return };
        if !self.types.is_untyped(x.ty) {
            match self.representable(&v, x.ty) {
                Ok(r) => {
                    x.val = Some(r.clone());
                    x.expr.kind = ExprKind::Const(r);
                }
                Err(_) => {
                    let msg = format!("{} overflows {}", self.describe(x, e), self.tstr(x.ty));
                    let msg = msg.replacen(" (", " (", 1);
                    let pos = x.expr.pos;
                    self.error(pos, msg);
                    x.mode = Mode::Invalid;
                }
            }
            return;
        }
        if let ConstValue::Int(i) = &v {
            if i.bits() > 512 {
                // At the operator, like gc.
                let pos = if matches!(e.kind, ast::ExprKind::Binary(..)) { self.syntax_pos(e) } else { x.expr.pos };
                let op = match &e.kind {
                    ast::ExprKind::Binary(op, ..) => format!("{} ", bin_op_name(*op)),
                    _ => String::new(),
                };
                self.error(pos, format!("constant {}overflow", op));
                x.mode = Mode::Invalid;
            }
        }
    }

    pub(crate) fn binary(&mut self, op: BinaryOp, l: &ast::Expr, r: &ast::Expr, e: &ast::Expr, pos: Pos) -> Operand {
        let lo = self.expr(l);
        let ro = self.expr(r);
        self.binary_operands(op, lo, ro, l, r, e, pos)
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn binary_operands(&mut self, op: BinaryOp, mut lo: Operand, mut ro: Operand, l: &ast::Expr, r: &ast::Expr, e: &ast::Expr, pos: Pos) -> Operand {
        if lo.is_invalid() || ro.is_invalid() {
            return Operand::invalid(pos);
        }
        let nils = (lo.ty == TypeId::UNTYPED_NIL, ro.ty == TypeId::UNTYPED_NIL);
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(op, lo, ro, l, r, e, pos);
        }
        // Bring the operands to a common type.
        let before = self.diags.len();
        if !self.match_types(&mut lo, &mut ro, l, r) {
            if self.diags.len() > before {
                return Operand::invalid(pos);
            }
            if op.is_comparison() {
                // go/types leaves the operands alone; the comparison reports the mismatch.
                let sides = (self.pos(l.span), self.pos(r.span));
                return self.comparison(op, lo, ro, nils, e, pos, sides);
            }
            let msg = format!("invalid operation: {} (mismatched types {} and {})", expr_string(e), self.tstr(lo.ty), self.tstr(ro.ty));
            self.error(pos, msg);
            return Operand::invalid(pos);
        }
        if op.is_comparison() {
            let sides = (self.pos(l.span), self.pos(r.span));
            return self.comparison(op, lo, ro, nils, e, pos, sides);
        }
        if lo.ty != ro.ty {
            let msg = format!("invalid operation: {} (mismatched types {} and {})", expr_string(e), self.tstr(lo.ty), self.tstr(ro.ty));
            self.error(pos, msg);
            return Operand::invalid(pos);
        }
        let t = lo.ty;
        let ok = match op {
            BinaryOp::Add => self.types.is_pred(t, |b| b.is_numeric() || b.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => self.types.is_numeric(t),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => self.types.is_integer(t),
            BinaryOp::LAnd | BinaryOp::LOr => self.types.is_boolean(t),
            _ => false,
        };
        if !ok {
            let (bad, bad_e) = (&lo, l);
            let msg = format!("invalid operation: operator {} not defined on {}", op.as_str(), self.describe(bad, bad_e));
            self.error(pos, msg);
            return Operand::invalid(pos);
        }
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem) && ro.mode == Mode::Constant && ro.val.as_ref().is_some_and(|v| v.is_zero()) && (lo.mode == Mode::Constant || self.types.is_integer(t)) {
            self.error(self.pos(r.span), "invalid operation: division by zero");
            return Operand::invalid(pos);
        }
        if let (Mode::Constant, Mode::Constant, Some(a), Some(b)) = (lo.mode, ro.mode, lo.val.clone(), ro.val.clone()) {
            let int_div = self.types.is_integer(t);
            let v = match fold_binary(op, &a, &b, int_div).filter(|v| !v.is_inf()) {
                Some(v) => v,
                None => {
                    self.error(pos, "constant result is not representable");
                    return Operand::invalid(pos);
                }
            };
            let mut o = self.const_operand(t, v, pos);
            self.check_overflow(&mut o, e);
            return o;
        }
        let kind = match op {
            BinaryOp::LAnd => ExprKind::AndAnd(Box::new(lo.expr), Box::new(ro.expr)),
            BinaryOp::LOr => ExprKind::OrOr(Box::new(lo.expr), Box::new(ro.expr)),
            _ => ExprKind::Binary(bin_op(op), Box::new(lo.expr), Box::new(ro.expr)),
        };
        self.value_operand(Mode::Value, Expr { kind, ty: t, pos })
    }

    /// go/types `matchTypes`: converts an untyped operand to the other's type.
    fn match_types(&mut self, x: &mut Operand, y: &mut Operand, xe: &ast::Expr, ye: &ast::Expr) -> bool {
        let xu = self.types.is_untyped(x.ty);
        let yu = self.types.is_untyped(y.ty);
        if xu == yu && !xu {
            return true;
        }
        // Untyped nil against a non-nil-able type, or against untyped: leave for the
        // comparison/operator check.
        if xu && !yu {
            if self.may_convert(x, y.ty) {
                return self.convert_untyped(x, y.ty).is_ok() || {
                    self.report_representable(x, y.ty, xe);
                    false
                };
            }
            return false;
        }
        if yu && !xu {
            if self.may_convert(y, x.ty) {
                return self.convert_untyped(y, x.ty).is_ok() || {
                    self.report_representable(y, x.ty, ye);
                    false
                };
            }
            return false;
        }
        // Both untyped.
        if x.ty == TypeId::UNTYPED_NIL || y.ty == TypeId::UNTYPED_NIL {
            return x.ty == y.ty;
        }
        let numeric = |t: TypeId| matches!(t, TypeId::UNTYPED_INT | TypeId::UNTYPED_RUNE | TypeId::UNTYPED_FLOAT | TypeId::UNTYPED_COMPLEX);
        if numeric(x.ty) && numeric(y.ty) {
            let target = if rank(x.ty) >= rank(y.ty) { x.ty } else { y.ty };
            let _ = self.convert_untyped(x, target);
            let _ = self.convert_untyped(y, target);
            return true;
        }
        x.ty == y.ty
    }

    /// Whether an untyped operand may be converted to `t` for a binary operation
    /// (go/types `mayConvert`).
    fn may_convert(&self, x: &Operand, t: TypeId) -> bool {
        if x.ty == TypeId::UNTYPED_NIL {
            return self.types.has_nil(t);
        }
        if self.types.is_interface(t) || self.types.is_tparam(t) {
            return true;
        }
        match self.types.under(t) {
            Type::Basic(b) => {
                let xb = self.types.basic(x.ty).unwrap();
                if xb.is_boolean() {
                    return b.is_boolean();
                }
                if xb.is_string() {
                    return b.is_string();
                }
                b.is_numeric()
            }
            _ => false,
        }
    }

    /// Reports that a constant cannot be represented in `t` (after a failed conversion).
    fn report_representable(&mut self, x: &Operand, t: TypeId, e: &ast::Expr) {
        if x.mode != Mode::Constant {
            return;
        }
        let v = x.val.clone().unwrap();
        let why = self.representable(&v, t).err().unwrap_or("");
        let pos = x.expr.pos;
        // go/types `invalidConversion`, with the operand as written.
        let desc = self.describe(x, e);
        let msg = match why {
            "truncated" => format!("{} truncated to {}", desc, self.tstr(t)),
            "overflows" => format!("{} overflows {}", desc, self.tstr(t)),
            _ => format!("cannot convert {} to type {}", desc, self.tstr(t)),
        };
        self.error(pos, msg);
    }

    #[allow(clippy::too_many_arguments)]
    fn shift(&mut self, op: BinaryOp, mut x: Operand, mut y: Operand, l: &ast::Expr, r: &ast::Expr, e: &ast::Expr, pos: Pos) -> Operand {
        // The count: integer, or an untyped constant representable as uint.
        let ydesc = self.describe(&y, r);
        if y.mode == Mode::Constant {
            let v = y.val.clone().unwrap();
            match v.to_int() {
                Some(i) if self.types.is_untyped(y.ty) || self.types.is_integer(y.ty) => {
                    if i.is_negative() {
                        let msg = format!("invalid operation: negative shift count {}", self.describe(&y, r));
                        self.error(self.pos(r.span), msg);
                        return Operand::invalid(pos);
                    }
                    if self.types.is_untyped(y.ty) {
                        let _ = self.convert_untyped(&mut y, TypeId::UINT);
                    }
                }
                _ => {
                    let msg = if self.types.is_untyped(y.ty) {
                        // go/types checks that an untyped count is representable as uint.
                        match self.representable(&v, TypeId::UINT) {
                            Err("truncated") => format!("{} truncated to uint", ydesc),
                            Err("overflows") => format!("{} overflows uint", ydesc),
                            _ => format!("cannot convert {} to type uint", ydesc),
                        }
                    } else {
                        format!("invalid operation: shift count {} must be integer", ydesc)
                    };
                    self.error(self.pos(r.span), msg);
                    return Operand::invalid(pos);
                }
            }
        } else if !self.types.is_integer(y.ty) {
            let msg = format!("invalid operation: shift count {} must be integer", self.describe(&y, r));
            self.error(self.pos(r.span), msg);
            return Operand::invalid(pos);
        } else if self.types.is_untyped(y.ty) {
            let _ = self.convert_untyped(&mut y, TypeId::UINT);
        }
        // The shifted operand.
        if x.mode == Mode::Constant {
            let v = x.val.clone().unwrap();
            if self.types.is_untyped(x.ty) {
                if v.to_int().is_none() {
                    let msg = format!("invalid operation: shifted operand {} must be integer", self.describe(&x, l));
                    self.error(pos, msg);
                    return Operand::invalid(pos);
                }
            } else if !self.types.is_integer(x.ty) {
                let msg = format!("invalid operation: shifted operand {} must be integer", self.describe(&x, l));
                self.error(pos, msg);
                return Operand::invalid(pos);
            }
            if y.mode == Mode::Constant {
                let count = y.val.as_ref().and_then(|v| v.to_int()).and_then(|i| i.to_u64()).unwrap_or(u64::MAX);
                if count > constant::SHIFT_BOUND {
                    let msg = format!("invalid operation: invalid shift count {}", ydesc);
                    self.error(self.pos(r.span), msg);
                    return Operand::invalid(pos);
                }
                let i = v.to_int().unwrap();
                let res = if op == BinaryOp::Shl { i << count as usize } else { i >> count as usize };
                // An untyped float operand like 1.0 << 2 stays an untyped int constant.
                let ty = if x.ty == TypeId::UNTYPED_FLOAT || x.ty == TypeId::UNTYPED_COMPLEX { TypeId::UNTYPED_INT } else { x.ty };
                let mut o = self.const_operand(ty, ConstValue::Int(res), pos);
                self.check_overflow(&mut o, e);
                return o;
            }
            if self.types.is_untyped(x.ty) {
                // `1 << s`: the type comes from the context ("delayed" shift); make the
                // operand an untyped int for now.
                if x.ty != TypeId::UNTYPED_INT && x.ty != TypeId::UNTYPED_RUNE {
                    let iv = v.to_int().unwrap();
                    x = self.const_operand(TypeId::UNTYPED_INT, ConstValue::Int(iv), x.expr.pos);
                }
                let ty = x.ty;
                let mut xe = x.expr;
                xe.ty = ty;
                return self.value_operand(Mode::Value, Expr { kind: ExprKind::Binary(bin_op(op), Box::new(xe), Box::new(y.expr)), ty, pos });
            }
        } else if !self.types.is_integer(x.ty) {
            let msg = format!("invalid operation: shifted operand {} must be integer", self.describe(&x, l));
            self.error(pos, msg);
            return Operand::invalid(pos);
        }
        let ty = x.ty;
        self.value_operand(Mode::Value, Expr { kind: ExprKind::Binary(bin_op(op), Box::new(x.expr), Box::new(y.expr)), ty, pos })
    }

    #[allow(clippy::too_many_arguments)]
    fn comparison(&mut self, op: BinaryOp, mut x: Operand, mut y: Operand, nils: (bool, bool), e: &ast::Expr, pos: Pos, sides: (Pos, Pos)) -> Operand {
        // Assignability in either direction (interface vs concrete).
        let (xt, yt) = (x.ty, y.ty);
        let mut err: Option<(String, Pos)> = None;
        let (xpos, ypos) = sides;
        let ok_assign = self.assignable_type(xt, yt) || self.assignable_type(yt, xt) || x.ty == TypeId::UNTYPED_NIL || y.ty == TypeId::UNTYPED_NIL;
        if !ok_assign {
            err = Some((format!("invalid operation: {} (mismatched types {} and {})", expr_string(e), self.tstr(xt), self.tstr(yt)), ypos));
        } else if matches!(op, BinaryOp::Eql | BinaryOp::Neq) {
            let (xnil, ynil) = nils;
            if xnil && ynil {
                err = Some((format!("invalid operation: {} (operator {} not defined on untyped nil)", expr_string(e), op.as_str()), ypos));
            } else if xnil || ynil {
                let other = if xnil { yt } else { xt };
                if !self.types.has_nil(other) {
                    err = Some((format!("invalid operation: {} (mismatched types {} and untyped nil)", expr_string(e), self.tstr(other)), ypos));
                }
            } else if !self.types.comparable(xt) {
                err = Some((self.incomparable_msg(e, xt), xpos));
            } else if !self.types.comparable(yt) {
                err = Some((self.incomparable_msg(e, yt), ypos));
            }
        } else {
            let ordered = |c: &Self, t: TypeId| c.types.is_pred(t, |b| b.is_ordered());
            if !ordered(self, xt) && self.types.is_tparam(xt) {
                err = Some((format!("invalid operation: {} (type parameter {} is not comparable with {})", expr_string(e), self.tstr(xt), op.as_str()), xpos));
            } else if !ordered(self, xt) {
                err = Some((format!("invalid operation: {} (operator {} not defined on {})", expr_string(e), op.as_str(), self.kind_name(xt)), xpos));
            } else if !ordered(self, yt) {
                err = Some((format!("invalid operation: {} (operator {} not defined on {})", expr_string(e), op.as_str(), self.kind_name(yt)), ypos));
            }
        }
        if let Some((msg, at)) = err {
            self.error(at, msg);
            return Operand::invalid(pos);
        }
        if let (Mode::Constant, Mode::Constant, Some(a), Some(b)) = (x.mode, y.mode, x.val.clone(), y.val.clone()) {
            let v = compare_consts(op, &a, &b);
            return self.const_operand(TypeId::UNTYPED_BOOL, ConstValue::Bool(v), pos);
        }
        // Make the operand types identical in the TIR.
        if x.ty == TypeId::UNTYPED_NIL {
            let _ = self.convert_untyped(&mut x, y.ty);
        }
        if y.ty == TypeId::UNTYPED_NIL {
            let _ = self.convert_untyped(&mut y, x.ty);
        }
        self.default_untyped(&mut x);
        self.default_untyped(&mut y);
        if x.ty != y.ty {
            if self.types.is_interface(x.ty) && !self.types.is_interface(y.ty) {
                y.expr = self.to_interface(y.expr, x.ty);
            } else if self.types.is_interface(y.ty) && !self.types.is_interface(x.ty) {
                x.expr = self.to_interface(x.expr, y.ty);
            } else if self.types.is_interface(x.ty) {
                y.expr = self.to_interface(y.expr, x.ty);
            } else {
                // Identical underlying types with one side unnamed: convert.
                let t = x.ty;
                let p = y.expr.pos;
                y.expr = Expr { kind: ExprKind::Convert(Box::new(y.expr)), ty: t, pos: p };
            }
        }
        let cmp = match op {
            BinaryOp::Eql => CmpOp::Eq,
            BinaryOp::Neq => CmpOp::Ne,
            BinaryOp::Lss => CmpOp::Lt,
            BinaryOp::Leq => CmpOp::Le,
            BinaryOp::Gtr => CmpOp::Gt,
            _ => CmpOp::Ge,
        };
        self.unsafe_compared(&x.expr);
        self.unsafe_compared(&y.expr);
        self.value_operand(Mode::Value, Expr { kind: ExprKind::Compare(cmp, Box::new(x.expr), Box::new(y.expr)), ty: TypeId::UNTYPED_BOOL, pos })
    }

    fn incomparable_msg(&self, e: &ast::Expr, t: TypeId) -> String {
        if self.types.is_tparam(t) {
            return format!("invalid operation: {} (incomparable types in type set)", expr_string(e));
        }
        let what = match self.types.under(t) {
            Type::Slice(_) => "slice can only be compared to nil".to_string(),
            Type::Map(..) => "map can only be compared to nil".to_string(),
            Type::Func(_) => "func can only be compared to nil".to_string(),
            Type::Struct(_) => format!("struct containing {} cannot be compared", self.incomparable_part(t)),
            Type::Array(..) => format!("{} cannot be compared", self.tstr(t)),
            _ => format!("operator == not defined on {}", self.tstr(t)),
        };
        format!("invalid operation: {} ({})", expr_string(e), what)
    }

    fn incomparable_part(&self, t: TypeId) -> String {
        if let Type::Struct(fields) = self.types.under(t) {
            for f in fields.iter() {
                if !self.types.comparable(f.ty) {
                    return match self.types.under(f.ty) {
                        Type::Struct(_) => self.incomparable_part(f.ty),
                        _ => self.tstr(f.ty),
                    };
                }
            }
        }
        self.tstr(t)
    }

    /// "struct", "slice", ... for operator errors on unordered types.
    fn kind_name(&self, t: TypeId) -> String {
        match self.types.under(t) {
            Type::Struct(_) => "struct".into(),
            Type::Slice(_) => "slice".into(),
            Type::Map(..) => "map".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Chan(..) => "chan".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Array(..) => "array".into(),
            Type::Basic(b) => b.name().into(),
            _ => self.tstr(t),
        }
    }
}

fn rank(t: TypeId) -> u8 {
    match t {
        TypeId::UNTYPED_INT => 0,
        TypeId::UNTYPED_RUNE => 1,
        TypeId::UNTYPED_FLOAT => 2,
        _ => 3,
    }
}

pub(crate) fn untyped_kind(t: TypeId) -> &'static str {
    match t {
        TypeId::UNTYPED_INT => "int",
        TypeId::UNTYPED_RUNE => "rune",
        TypeId::UNTYPED_FLOAT => "float",
        TypeId::UNTYPED_COMPLEX => "complex",
        TypeId::UNTYPED_STRING => "string",
        TypeId::UNTYPED_BOOL => "bool",
        _ => "nil",
    }
}

fn bin_op_name(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "addition",
        BinaryOp::Sub => "subtraction",
        BinaryOp::Mul => "multiplication",
        BinaryOp::Shl => "shift",
        _ => "",
    }
}

pub(crate) fn bin_op(op: BinaryOp) -> BinOp {
    match op {
        BinaryOp::Add => BinOp::Add,
        BinaryOp::Sub => BinOp::Sub,
        BinaryOp::Mul => BinOp::Mul,
        BinaryOp::Quo => BinOp::Div,
        BinaryOp::Rem => BinOp::Rem,
        BinaryOp::And => BinOp::And,
        BinaryOp::Or => BinOp::Or,
        BinaryOp::Xor => BinOp::Xor,
        BinaryOp::AndNot => BinOp::AndNot,
        BinaryOp::Shl => BinOp::Shl,
        BinaryOp::Shr => BinOp::Shr,
        _ => unreachable!("minigo bug: not an arithmetic operator"),
    }
}

fn neg(v: &ConstValue) -> ConstValue {
    match v {
        ConstValue::Int(i) => ConstValue::Int(-i),
        ConstValue::Float(f) => ConstValue::Float(-f),
        ConstValue::Complex(a, b) => ConstValue::Complex(-a, -b),
        v => v.clone(),
    }
}

/// Folds a binary operation on constants of matching kinds.
pub(crate) fn fold_binary(op: BinaryOp, a: &ConstValue, b: &ConstValue, int_div: bool) -> Option<ConstValue> {
    if let (ConstValue::String(x), ConstValue::String(y)) = (a, b) {
        return match op {
            BinaryOp::Add => Some(ConstValue::String([x.as_slice(), y.as_slice()].concat())),
            _ => None,
        };
    }
    if let (ConstValue::Bool(x), ConstValue::Bool(y)) = (a, b) {
        return match op {
            BinaryOp::LAnd => Some(ConstValue::Bool(*x && *y)),
            BinaryOp::LOr => Some(ConstValue::Bool(*x || *y)),
            _ => None,
        };
    }
    let r = a.rank()?.max(b.rank()?);
    let r = if r == NumRank::Int && !int_div && op == BinaryOp::Quo { NumRank::Float } else { r };
    let (a, b) = (a.to_rank(r), b.to_rank(r));
    Some(match (a, b) {
        (ConstValue::Int(x), ConstValue::Int(y)) => ConstValue::Int(match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::Quo => {
                if y.is_zero() {
                    return None;
                }
                // Truncated division (toward zero), as Go.
                let (q, _) = x.div_rem(&y);
                q
            }
            BinaryOp::Rem => {
                if y.is_zero() {
                    return None;
                }
                let (_, rem) = x.div_rem(&y);
                rem
            }
            BinaryOp::And => x & y,
            BinaryOp::Or => x | y,
            BinaryOp::Xor => x ^ y,
            BinaryOp::AndNot => x & !y,
            _ => return None,
        }),
        (ConstValue::Float(x), ConstValue::Float(y)) => ConstValue::Float(match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::Quo => {
                if y.is_zero() {
                    return None;
                }
                x / y
            }
            _ => return None,
        }),
        (ConstValue::Complex(a, b), ConstValue::Complex(c, d)) => match op {
            BinaryOp::Add => ConstValue::Complex(a + c, b + d),
            BinaryOp::Sub => ConstValue::Complex(a - c, b - d),
            BinaryOp::Mul => ConstValue::Complex(&a * &c - &b * &d, &a * &d + &b * &c),
            BinaryOp::Quo => {
                let den: Real = &c * &c + &d * &d;
                if den.is_zero() {
                    return None;
                }
                ConstValue::Complex((&a * &c + &b * &d) / &den, (&b * &c - &a * &d) / &den)
            }
            _ => return None,
        },
        _ => return None,
    })
}

pub(crate) fn compare_consts(op: BinaryOp, a: &ConstValue, b: &ConstValue) -> bool {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (a, b) {
        (ConstValue::String(x), ConstValue::String(y)) => Some(x.cmp(y)),
        (ConstValue::Bool(x), ConstValue::Bool(y)) => {
            return match op {
                BinaryOp::Eql => x == y,
                _ => x != y,
            }
        }
        _ => {
            let r = a.rank().unwrap_or(NumRank::Int).max(b.rank().unwrap_or(NumRank::Int));
            match (a.to_rank(r), b.to_rank(r)) {
                (ConstValue::Int(x), ConstValue::Int(y)) => Some(x.cmp(&y)),
                (ConstValue::Float(x), ConstValue::Float(y)) => Some(x.cmp(&y)),
                (ConstValue::Complex(a, b), ConstValue::Complex(c, d)) => {
                    let eq = a == c && b == d;
                    return match op {
                        BinaryOp::Eql => eq,
                        _ => !eq,
                    };
                }
                _ => None,
            }
        }
    };
    let Some(o) = ord else { return false };
    match op {
        BinaryOp::Eql => o == Ordering::Equal,
        BinaryOp::Neq => o != Ordering::Equal,
        BinaryOp::Lss => o == Ordering::Less,
        BinaryOp::Leq => o != Ordering::Greater,
        BinaryOp::Gtr => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

#[allow(dead_code)]
fn _keep(x: &BigInt) -> Option<i64> {
    x.abs().to_i64()
}

//! Assignability (spec "Assignability") and conversions (spec "Conversions").

use super::{Checker, Mode, Operand};
use crate::constant::{self, ConstValue};
use crate::tir::{Expr, ExprKind, Pos};
use crate::ty::{Basic, Type, TypeId};
use num_bigint::BigInt;
use parser::ast::{self, ChanDir};

impl<'a> Checker<'a> {
    /// Whether a value of (typed) type `v` is assignable to `t`.
    pub(crate) fn assignable_type(&mut self, v: TypeId, t: TypeId) -> bool {
        if v == t || v == TypeId::INVALID || t == TypeId::INVALID {
            return true;
        }
        if self.types.is_untyped(v) {
            if v == TypeId::UNTYPED_NIL {
                return self.types.has_nil(t);
            }
            let d = self.types.default_type(v);
            return self.types.basic(t).is_some_and(|b| match v {
                TypeId::UNTYPED_BOOL => b.is_boolean(),
                TypeId::UNTYPED_STRING => b.is_string(),
                _ => b.is_numeric(),
            }) || (self.types.is_interface(t) && self.missing_method(d, t).is_none());
        }
        let (vp, tp) = (self.types.is_tparam(v), self.types.is_tparam(t));
        if vp || tp {
            return self.assignable_tparam(v, t, vp, tp);
        }
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        // Identical underlying types and at least one is not a named type.
        if vu == tu && (!self.types.is_named(v) || !self.types.is_named(t)) {
            return true;
        }
        // Interface satisfaction.
        if self.types.is_interface(t) && self.missing_method(v, t).is_none() {
            return true;
        }
        // Bidirectional channel to a channel of identical element type.
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) = (self.types.get(vu), self.types.get(tu)) {
            if ve == te && (!self.types.is_named(v) || !self.types.is_named(t)) {
                return true;
            }
        }
        false
    }

    /// Assignability when `v` or `t` is a type parameter (spec "Assignability"): a value
    /// of an unnamed type to a type parameter if it is assignable to every type of its
    /// type set; a type parameter's value to an unnamed type, or to an interface it
    /// implements, likewise from every type of its set.
    fn assignable_tparam(&mut self, v: TypeId, t: TypeId, vp: bool, tp: bool) -> bool {
        if tp && !self.types.is_named(v) {
            let mut terms = Vec::new();
            if !self.types.all_terms(t, &mut |_, x| {
                terms.push(x);
                true
            }) {
                return false;
            }
            return terms.into_iter().all(|x| self.assignable_type(v, x));
        }
        if vp && !tp {
            if self.types.is_interface(t) {
                return self.missing_method(v, t).is_none();
            }
            if !self.types.is_named(t) {
                let mut terms = Vec::new();
                if !self.types.all_terms(v, &mut |_, x| {
                    terms.push(x);
                    true
                }) {
                    return false;
                }
                return terms.into_iter().all(|x| self.assignable_type(x, t));
            }
        }
        false
    }

    /// Assigns operand `x` to a location of type `t`: converts untyped values, checks
    /// assignability, wraps concrete values into interfaces. Reports errors in `context`
    /// ("assignment", "argument to f", ...). Returns false on error (x becomes invalid).
    pub(crate) fn assign_to(&mut self, x: &mut Operand, t: TypeId, context: &str) -> bool {
        if x.is_invalid() || t == TypeId::INVALID {
            x.mode = Mode::Invalid;
            return false;
        }
        if matches!(x.mode, Mode::TypeExpr | Mode::NoValue | Mode::Builtin | Mode::Package) {
            x.mode = Mode::Invalid;
            return false;
        }
        let text = x_text(x);
        if self.types.is_untyped(x.ty) {
            let target = if self.types.is_interface(t) && x.ty != TypeId::UNTYPED_NIL { self.types.default_type(x.ty) } else { t };
            let before = x.clone();
            if let Err(why) = self.convert_untyped(x, target) {
                let desc = self.describe_text(&before, &text);
                let msg = if before.ty == TypeId::UNTYPED_NIL {
                    format!("cannot use nil as {} value in {}", self.tstr(t), context)
                } else if why.is_empty() {
                    format!("cannot use {} as {} value in {}", desc, self.tstr(t), context)
                } else {
                    format!("cannot use {} as {} value in {} ({})", desc, self.tstr(t), context, why)
                };
                let pos = x.expr.pos;
                self.error(pos, msg);
                x.mode = Mode::Invalid;
                return false;
            }
        }
        if x.ty == t {
            return true;
        }
        if !self.assignable_type(x.ty, t) {
            let desc = self.describe_text(x, &text);
            let mut msg = format!("cannot use {} as {} value in {}", desc, self.tstr(t), context);
            if self.types.is_interface(t) {
                if let Some(why) = self.missing_method(x.ty, t) {
                    msg = format!("{}: {} does not implement {} {}", msg, self.tstr(x.ty), self.tstr(t), why);
                }
            } else if self.types.is_interface(x.ty) && self.missing_method(t, x.ty).is_none() {
                msg = format!("{}: need type assertion", msg);
            }
            let pos = x.expr.pos;
            self.error(pos, msg);
            x.mode = Mode::Invalid;
            return false;
        }
        if self.types.is_interface(t) {
            let pos = x.expr.pos;
            let e = std::mem::replace(&mut x.expr, Expr { kind: ExprKind::Zero, ty: t, pos });
            x.expr = self.to_interface(e, t);
        } else {
            // Identical underlying types (e.g. unnamed → named): retype without a runtime op.
            let pos = x.expr.pos;
            let e = std::mem::replace(&mut x.expr, Expr { kind: ExprKind::Zero, ty: t, pos });
            x.expr = if matches!(e.kind, ExprKind::Nil) { Expr { kind: ExprKind::Nil, ty: t, pos } } else { Expr { kind: ExprKind::Convert(Box::new(e)), ty: t, pos } };
        }
        x.ty = t;
        if x.mode == Mode::Constant {
            x.mode = Mode::Value;
        }
        true
    }

    /// Wraps `e` into interface type `iface` (no-op if it already has that type).
    pub(crate) fn to_interface(&mut self, e: Expr, iface: TypeId) -> Expr {
        if e.ty == iface {
            return e;
        }
        let pos = e.pos;
        // Untyped nil is the nil interface; a typed nil (`Chan(nil)`) is boxed.
        if matches!(e.kind, ExprKind::Nil) && matches!(self.types.get(e.ty), Type::Basic(Basic::UntypedNil)) {
            return Expr { kind: ExprKind::Nil, ty: iface, pos };
        }
        if matches!(self.types.get(e.ty), Type::Struct(_) | Type::Pointer(_)) {
            // An unnamed type may have promoted methods: its method sets are computed at the
            // end (`all_method_sets`) for the VM's itabs.
            self.iface_sources.push(e.ty);
        }
        Expr { kind: ExprKind::ToInterface(Box::new(e)), ty: iface, pos }
    }

    /// Explicit conversion `T(x)`.
    pub(crate) fn conversion(&mut self, mut x: Operand, t: TypeId, x_ast: &ast::Expr, call: &ast::Expr, pos: Pos) -> Operand {
        if x.is_invalid() || t == TypeId::INVALID {
            return Operand::invalid(pos);
        }
        let text = super::expr::expr_string(x_ast);
        // go/types reports conversion errors at the argument, described before conversion.
        let desc0 = self.describe_text(&x, &text);
        let xpos = self.pos(x_ast.span);
        // Constant conversions.
        if x.mode == Mode::Constant {
            let v = x.val.clone().unwrap();
            let tb = self.types.basic(t);
            if let Some(b) = tb.filter(|b| b.is_const_type()) {
                let xb = self.types.basic(x.ty).unwrap_or(Basic::Invalid);
                // Integer → string: a rune.
                if b.is_string() && xb.is_integer() {
                    let i = v.to_int().unwrap_or_default();
                    return self.const_operand(t, ConstValue::String(constant::rune_to_string(&i)), pos);
                }
                let same_class = (b.is_numeric() && xb.is_numeric()) || (b.is_string() && xb.is_string()) || (b.is_boolean() && xb.is_boolean());
                if same_class {
                    // Float → integer conversion of a constant must be exact.
                    let v2 = if b.is_integer() && v.to_int().is_none() && v.to_rat().is_some() {
                        Err("truncated")
                    } else if b.is_float() || b.is_complex() {
                        self.representable(&v.to_rank(if b.is_complex() { constant::NumRank::Complex } else { constant::NumRank::Float }), t)
                    } else {
                        self.representable(&v, t)
                    };
                    match v2 {
                        Ok(v2) => return self.const_operand(t, v2, pos),
                        Err(_) => {
                            let msg = if xb.is_integer() && b.is_integer() {
                                format!("constant {} overflows {}", v, self.tstr(t))
                            } else {
                                format!("cannot convert {} to type {}", desc0, self.tstr(t))
                            };
                            self.error(xpos, msg);
                            return Operand::invalid(pos);
                        }
                    }
                }
            }
        }
        // An untyped constant to a type parameter: it must convert to every type of the
        // type set; the result is not a constant.
        if self.types.is_untyped(x.ty) && self.types.is_tparam(t) {
            if self.convert_untyped(&mut x, t).is_err() {
                let msg = format!("cannot convert {} to type {}", desc0, self.tstr(t));
                self.error(xpos, msg);
                return Operand::invalid(pos);
            }
            x.expr.pos = pos;
            return self.value_operand(Mode::Value, x.expr);
        }
        // Untyped operands first take the target type (or their default type).
        if self.types.is_untyped(x.ty) {
            let target = if self.types.basic(t).is_some() && x.ty != TypeId::UNTYPED_NIL {
                let xb = self.types.basic(x.ty).unwrap();
                let tb = self.types.basic(t).unwrap();
                if (xb.is_numeric() && tb.is_numeric()) || (xb.is_string() && tb.is_string()) || (xb.is_boolean() && tb.is_boolean()) {
                    t
                } else {
                    self.types.default_type(x.ty)
                }
            } else if x.ty == TypeId::UNTYPED_NIL {
                t
            } else {
                self.types.default_type(x.ty)
            };
            if self.convert_untyped(&mut x, target).is_err() {
                let msg = format!("cannot convert {} to type {}", desc0, self.tstr(t));
                self.error(xpos, msg);
                return Operand::invalid(pos);
            }
            if x.ty == t {
                x.expr.pos = pos;
                if x.mode == Mode::Constant {
                    return x;
                }
                return self.value_operand(Mode::Value, x.expr);
            }
        }
        if !self.convertible(x.ty, t) {
            let mut msg = format!("cannot convert {} to type {}", desc0, self.tstr(t));
            if let Some(why) = self.tparam_conversion_culprit(x.ty, t) {
                msg = format!("{}: {}", msg, why);
            } else if self.types.is_interface(t) {
                if let Some(why) = self.missing_method(x.ty, t) {
                    msg = format!("{}: {} does not implement {} {}", msg, self.tstr(x.ty), self.tstr(t), why);
                }
            }
            self.error(xpos, msg);
            let _ = call;
            return Operand::invalid(pos);
        }
        let e = if self.types.is_interface(t) {
            self.to_interface(x.expr, t)
        } else if matches!(x.expr.kind, ExprKind::Nil) {
            Expr { kind: ExprKind::Nil, ty: t, pos }
        } else {
            Expr { kind: ExprKind::Convert(Box::new(x.expr)), ty: t, pos }
        };
        let mut o = self.value_operand(Mode::Value, e);
        o.expr.pos = pos;
        o.expr = self.unsafe_conversion_hook(o.expr);
        o
    }

    /// For a conversion involving type parameters that fails: go/types' reason naming the
    /// first pair of types of the type sets that do not convert ("cannot convert string
    /// to type int (in T)").
    fn tparam_conversion_culprit(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        let terms_of = |c: &Self, x: TypeId| -> Option<Vec<TypeId>> {
            if !c.types.is_tparam(x) {
                return None;
            }
            c.types.tparam_set(x).and_then(|s| s.terms).map(|ts| ts.iter().map(|t| t.ty).collect())
        };
        let (vt, tt) = (terms_of(self, v), terms_of(self, t));
        if vt.is_none() && tt.is_none() {
            return None;
        }
        let vs: Vec<(TypeId, bool)> = vt.map(|ts| ts.into_iter().map(|x| (x, true)).collect()).unwrap_or_else(|| vec![(v, false)]);
        let ts: Vec<(TypeId, bool)> = tt.map(|xs| xs.into_iter().map(|x| (x, true)).collect()).unwrap_or_else(|| vec![(t, false)]);
        for &(a, a_in) in &vs {
            for &(b, b_in) in &ts {
                if !self.convertible(a, b) {
                    let sa = if a_in { format!("{} (in {})", self.tstr(a), self.tstr(v)) } else { self.tstr(a) };
                    let sb = if b_in { format!("{} (in {})", self.tstr(b), self.tstr(t)) } else { self.tstr(b) };
                    return Some(format!("cannot convert {} to type {}", sa, sb));
                }
            }
        }
        None
    }

    /// Whether a non-constant value of type `v` converts to `t`.
    fn convertible(&mut self, v: TypeId, t: TypeId) -> bool {
        if self.assignable_type(v, t) {
            return true;
        }
        // Type parameters: every type of the type set(s) must convert.
        let terms_of = |c: &Self, p: TypeId| -> Option<Vec<TypeId>> {
            let mut out = Vec::new();
            c.types.all_terms(p, &mut |_, x| {
                out.push(x);
                true
            })
            .then_some(out)
        };
        if self.types.is_tparam(v) {
            let Some(vs) = terms_of(self, v) else { return false };
            return vs.into_iter().all(|x| self.convertible(x, t));
        }
        if self.types.is_tparam(t) {
            let Some(ts) = terms_of(self, t) else { return false };
            return ts.into_iter().all(|x| self.convertible(v, x));
        }
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        // Unnamed pointers to identical underlying base types.
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.types.get(v).clone(), self.types.get(t).clone()) {
            let (au, bu) = (self.types.underlying(a), self.types.underlying(b));
            if self.identical_ignore_tags(au, bu) {
                return true;
            }
        }
        let (vb, tb) = (self.types.basic(v), self.types.basic(t));
        if let (Some(a), Some(b)) = (vb, tb) {
            if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) {
                return true;
            }
            if a.is_complex() && b.is_complex() {
                return true;
            }
            if b.is_string() && a.is_integer() {
                return true;
            }
            if (a == Basic::UnsafePointer && (b.is_integer() && b == Basic::Uintptr)) || (b == Basic::UnsafePointer && a == Basic::Uintptr) {
                return true;
            }
        }
        // string ↔ []byte, []rune.
        let is_bytes_or_runes = |c: &Self, x: TypeId| match c.types.under(x) {
            Type::Slice(e) => matches!(c.types.basic(*e), Some(Basic::Uint8) | Some(Basic::Int32)),
            _ => false,
        };
        if tb.is_some_and(|b| b.is_string()) && is_bytes_or_runes(self, v) {
            return true;
        }
        if vb.is_some_and(|b| b.is_string()) && is_bytes_or_runes(self, t) {
            return true;
        }
        // Pointer ↔ unsafe.Pointer.
        if (vb == Some(Basic::UnsafePointer) && matches!(self.types.get(tu), Type::Pointer(_)))
            || (tb == Some(Basic::UnsafePointer) && matches!(self.types.get(vu), Type::Pointer(_)))
        {
            return true;
        }
        // Slice to array or array pointer.
        if let Type::Slice(se) = self.types.get(vu).clone() {
            match self.types.get(tu).clone() {
                Type::Array(ae, _) if ae == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array(ae, _) = self.types.under(p) {
                        if *ae == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Type identity ignoring struct tags (for conversions).
    fn identical_ignore_tags(&mut self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.types.get(a).clone(), self.types.get(b).clone()) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb.iter()).all(|(x, y)| x.name == y.name && x.embedded == y.embedded && x.pkg == y.pkg && self.identical_ignore_tags(x.ty, y.ty))
            }
            _ => false,
        }
    }
}

/// The expression text of an operand, rebuilt from its TIR when no AST is at hand.
fn x_text(x: &Operand) -> String {
    X_TEXT.with(|t| t.borrow().clone()).unwrap_or_else(|| match &x.expr.kind {
        ExprKind::Const(v) => v.to_string(),
        ExprKind::Nil => "nil".into(),
        _ => String::new(),
    })
}

thread_local! {
    /// The source text of the operand being assigned (set by callers that have its AST).
    pub(crate) static X_TEXT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

impl<'a> Checker<'a> {
    /// [`Self::assign_to`] with the operand's source text for messages.
    pub(crate) fn assign_expr(&mut self, x: &mut Operand, e: &ast::Expr, t: TypeId, context: &str) -> bool {
        X_TEXT.with(|s| *s.borrow_mut() = Some(super::expr::expr_string(e)));
        let r = self.assign_to(x, t, context);
        X_TEXT.with(|s| *s.borrow_mut() = None);
        r
    }
}

#[allow(dead_code)]
fn _k(_: BigInt) {}
